/**
 * Keyset cursors: a client pages through officials while another client adds and removes
 * officials between its pages, and still gets every official that existed throughout exactly
 * once; a cursor of another sort order, filter or list is BAD_USER_INPUT naming the argument.
 */
import { idByCode, useTestApi, type Answer } from './support/api';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });

const CREATE = `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id name } }`;
const DELETE = `mutation ($id: ID!) { deleteOfficial(id: $id) }`;
const PAGE = `query ($filter: OfficialFilter, $orderBy: [OfficialOrder!], $first: Int, $after: String) {
  officials(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    nodes { id name }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** An office of 外滩街道 to place the test's civil servants in. */
async function waitanOffice(): Promise<string> {
  const data = await ok(
    api.server,
    `query ($s: ID!) { offices(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    {
      s: await idByCode(api.server, 'subdistrict', '310101013'),
    },
  );
  return data.offices.nodes[0].id;
}

/** Creates civil servants named `names` through the API (as `token`, the other client) and returns their ids by name. */
async function createOfficials(officeId: string, names: string[], token: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) {
    const data = await ok(api.server, CREATE, { input: { name, category: 'CIVIL_SERVANT', officeId } }, token);
    ids.set(name, data.createOfficial.id);
  }
  return ids;
}

/**
 * Pages through the officials matching `filter` in `orderBy`, 4 at a time, calling `between`
 * after each page (before asking for the next); returns the ids delivered, in order.
 */
async function pageThrough(
  filter: object,
  orderBy: object[],
  between: (page: number) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const data: Answer = await ok(api.server, PAGE, { filter, orderBy, first: 4, after });
    seen.push(...data.officials.nodes.map((n: { id: string }) => n.id));
    if (!data.officials.pageInfo.hasNextPage) return seen;
    after = data.officials.pageInfo.endCursor;
    await between(page);
  }
  throw new Error('the list did not end');
}

describe('keyset cursors keep pages exact while rows come and go', () => {
  it.each([
    ['by name', [{ field: 'NAME', direction: 'ASC' }]],
    ['newest first', [{ field: 'CREATED_AT', direction: 'DESC' }]],
  ])('delivers every official that existed throughout exactly once, %s', async (label, orderBy) => {
    const prefix = `键集${label === 'by name' ? 'A' : 'B'}-`;
    const officeId = await waitanOffice();
    const other = await api.server.login('huangpu.admin');
    const names = Array.from({ length: 14 }, (_, i) => `${prefix}${String(i * 10 + 10).padStart(3, '0')}`);
    const initial = await createOfficials(officeId, names, other);
    const filter = { nameContains: prefix };

    // Between pages the other client removes one official already delivered and one still to come,
    // and adds one that sorts after the current page by name and, every other page, one before it
    // (in newest-first order every new official is the newest, so before the current page).
    const removed = new Set<string>();
    const added = new Set<string>();
    // The removals are fixed in advance (the first and the last of the list by name, moving inwards),
    // so they never depend on what the paging client has received.
    const ordered = [...initial.values()];
    const seen = await pageThrough(filter, orderBy, async (page) => {
      for (const id of [ordered[page], ordered[ordered.length - 1 - page]]) {
        await ok(api.server, DELETE, { id }, other);
        removed.add(id);
      }
      // One before the current page on every other page only, so the removals and additions never balance out.
      const fresh = await createOfficials(
        officeId,
        page % 2 === 1 ? [`${prefix}00${page}`, `${prefix}99${page}`] : [`${prefix}99${page}`],
        other,
      );
      for (const id of fresh.values()) added.add(id);
    });

    const throughout = [...initial.values()].filter((id) => !removed.has(id));
    expect(removed.size).toBeGreaterThanOrEqual(4);
    expect(added.size).toBeGreaterThanOrEqual(3);
    // Every official that existed from start to end exactly once, no id twice, nothing but the test's own.
    expect(seen.filter((id) => throughout.includes(id)).sort()).toEqual([...throughout].sort());
    expect(new Set(seen).size).toBe(seen.length);
    const own = new Set([...initial.values(), ...added]);
    expect(seen.every((id) => own.has(id))).toBe(true);
  });

  it('refuses a cursor of another sort order, filter or list, naming after or before', async () => {
    const first = await ok(
      api.server,
      `{ officials(first: 2, orderBy: [{ field: NAME }]) { pageInfo { endCursor startCursor } } }`,
    );
    const cursor = first.officials.pageInfo.endCursor;
    expect(typeof cursor).toBe('string');

    const otherSort = await api.server.gql(
      `query ($c: String) { officials(first: 2, after: $c, orderBy: [{ field: CREATED_AT }]) { nodes { id } } }`,
      { c: cursor },
    );
    expect(otherSort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const otherDirection = await api.server.gql(
      `query ($c: String) { officials(first: 2, after: $c, orderBy: [{ field: NAME, direction: DESC }]) { nodes { id } } }`,
      { c: cursor },
    );
    expect(otherDirection.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const otherFilter = await api.server.gql(
      `query ($c: String) { officials(first: 2, after: $c, orderBy: [{ field: NAME }], filter: { category: AGENCY_HEAD }) { nodes { id } } }`,
      { c: cursor },
    );
    expect(otherFilter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const otherList = await api.server.gql(`query ($c: String) { offices(last: 2, before: $c) { nodes { id } } }`, {
      c: first.officials.pageInfo.startCursor,
    });
    expect(otherList.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });

    const sameQuery = await api.server.gql(
      `query ($c: String) { officials(first: 2, after: $c, orderBy: [{ field: NAME }]) { nodes { id } } }`,
      { c: cursor },
    );
    expect(sameQuery.errors).toBeUndefined();
    expect(sameQuery.data!.officials.nodes).toHaveLength(2);
  });

  it('refuses a malformed or hand-altered cursor as BAD_USER_INPUT, never as an internal error', async () => {
    const page = await ok(
      api.server,
      `{ evaluationMeetings(first: 1, orderBy: [{ field: SCHEDULED_AT }]) { pageInfo { endCursor } } }`,
    );
    const [signature, values] = JSON.parse(
      Buffer.from(page.evaluationMeetings.pageInfo.endCursor!, 'base64url').toString('utf8'),
    );
    const forged = (vals: unknown[]) => Buffer.from(JSON.stringify([signature, vals]), 'utf8').toString('base64url');
    const cases: [string, string][] = [
      ['garbage', 'not a cursor!'],
      ['base64 of text', Buffer.from('o:3').toString('base64url')],
      ['a timestamp PostgreSQL cannot read', forged(['tomorrow-ish', values[values.length - 1]])],
      ['an id that is no uuid', forged([values[0], 'nope'])],
      ['too few values', forged([values[0]])],
    ];
    for (const [, cursor] of cases) {
      for (const side of ['after', 'before']) {
        const res = await api.server.gql(
          `query ($c: String) { evaluationMeetings(${side}: $c, orderBy: [{ field: SCHEDULED_AT }]) { totalCount nodes { id } } }`,
          { c: cursor },
        );
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: side });
      }
    }
  });
});
