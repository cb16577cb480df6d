/**
 * Relay cursor connections: every list has `edges { cursor node }` and `pageInfo { hasNextPage
 * hasPreviousPage startCursor endCursor }`, pages forward with first/after and backward with
 * last/before, keeps `nodes`, `totalCount` and `offset`, caps first and last at 100, and costs no
 * more SQL statements with cursors than without.
 */
import { idByCode, useTestApi, type Schema, type Answer } from './support/api';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });

/** Any list's connection, as the tests below select it. */
interface Connection {
  totalCount: number;
  nodes: { id: string }[];
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: Schema.PageInfo;
}

const PAGE = `query ($d: ID!, $first: Int, $after: String, $last: Int, $before: String, $offset: Int) {
  officials(filter: { districtId: $d }, orderBy: [{ field: NAME }], first: $first, after: $after, last: $last, before: $before, offset: $offset) {
    totalCount
    nodes { id }
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** 黄浦区's officials by name, all of them (several pages of 100), as [id] in list order. */
async function everyOfficial(districtId: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Answer = await ok(api.server, PAGE, { d: districtId, first: 100, after });
    ids.push(...data.officials.edges.map((e) => e.node.id));
    if (!data.officials.pageInfo.hasNextPage) return ids;
    after = data.officials.pageInfo.endCursor;
  }
}

describe('Relay cursor connections', () => {
  it('pages forward with first/after through edges, with pageInfo and the total on every page', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const all = await everyOfficial(huangpu);
    expect(all.length).toBeGreaterThan(200);
    expect(new Set(all).size).toBe(all.length);

    const first = (await ok(api.server, PAGE, { d: huangpu, first: 3 })).officials;
    expect(first.edges.map((e) => e.node.id)).toEqual(all.slice(0, 3));
    expect(first.nodes.map((n) => n.id)).toEqual(all.slice(0, 3));
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[2].cursor,
    });
    expect(first.totalCount).toBe(all.length);

    const second = (await ok(api.server, PAGE, { d: huangpu, first: 3, after: first.pageInfo.endCursor })).officials;
    expect(second.edges.map((e) => e.node.id)).toEqual(all.slice(3, 6));
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(second.totalCount).toBe(all.length);

    // Any edge's cursor is a place to page from.
    const fromEdge = (await ok(api.server, PAGE, { d: huangpu, first: 2, after: first.edges[0].cursor })).officials;
    expect(fromEdge.nodes.map((n) => n.id)).toEqual(all.slice(1, 3));
  });

  it("pages backward with last/before, in the list's order", async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const all = await everyOfficial(huangpu);

    const tail = (await ok(api.server, PAGE, { d: huangpu, last: 4 })).officials;
    expect(tail.edges.map((e) => e.node.id)).toEqual(all.slice(-4));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(tail.totalCount).toBe(all.length);

    const before = (await ok(api.server, PAGE, { d: huangpu, last: 4, before: tail.pageInfo.startCursor })).officials;
    expect(before.nodes.map((n) => n.id)).toEqual(all.slice(-8, -4));
    expect(before.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: before.edges[0].cursor,
      endCursor: before.edges[3].cursor,
    });
    expect(before.totalCount).toBe(all.length);

    // At the start of the list: fewer than asked, and nothing before.
    const head = (await ok(api.server, PAGE, { d: huangpu, first: 3 })).officials;
    const start = (await ok(api.server, PAGE, { d: huangpu, last: 5, before: head.edges[2].cursor })).officials;
    expect(start.nodes.map((n) => n.id)).toEqual(all.slice(0, 2));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    // `before` alone: the 20 before it; `first` with `before`: from the start up to it.
    const twenty = (await ok(api.server, PAGE, { d: huangpu, before: tail.pageInfo.startCursor })).officials;
    expect(twenty.nodes.map((n) => n.id)).toEqual(all.slice(-24, -4));
    const window = (
      await ok(api.server, PAGE, { d: huangpu, first: 10, after: head.edges[0].cursor, before: head.edges[2].cursor })
    ).officials;
    expect(window.nodes.map((n) => n.id)).toEqual([all[1]]);
  });

  it('keeps offset paging for page numbers', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const all = await everyOfficial(huangpu);
    const page = (await ok(api.server, PAGE, { d: huangpu, first: 5, offset: 10 })).officials;
    expect(page.nodes.map((n) => n.id)).toEqual(all.slice(10, 15));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(page.totalCount).toBe(all.length);
    // Its cursors page on from there.
    const next = (await ok(api.server, PAGE, { d: huangpu, first: 5, after: page.pageInfo.endCursor })).officials;
    expect(next.nodes.map((n) => n.id)).toEqual(all.slice(15, 20));
  });

  it('refuses first or last above 100, both together, and offset with last, before or after, naming the argument', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const cursor = (await ok(api.server, PAGE, { d: huangpu, first: 1 })).officials.pageInfo.endCursor;
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ last: 101 }, 'last'],
      [{ last: -2 }, 'last'],
      [{ first: 2, last: 2 }, 'last'],
      [{ last: 2, offset: 3 }, 'offset'],
      [{ before: cursor, offset: 3 }, 'offset'],
      [{ after: cursor, offset: 3 }, 'offset'],
      [{ offset: -1 }, 'offset'],
    ];
    for (const [args, field] of cases) {
      const res = await api.server.gql(PAGE, { d: huangpu, ...args });
      expect({ args, extensions: res.errors?.[0].extensions }).toEqual({
        args,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    const hundred = await ok(api.server, PAGE, { d: huangpu, last: 100 });
    expect(hundred.officials.edges).toHaveLength(100);
  });

  it('gives every list query edges, pageInfo, last and before', async () => {
    const lists = [
      'districts',
      'subdistricts',
      'neighborhoods',
      'offices',
      'departments',
      'dispatchedAgencies',
      'officials',
      'users',
      'evaluationMeetings',
      'ratingTemplates',
    ];
    for (const list of lists) {
      const data = await ok<Record<string, Connection>>(
        api.server,
        `{ ${list}(last: 2) { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      );
      const connection = data[list];
      expect({ list, ids: connection.edges.map((e) => e.node.id) }).toEqual({
        list,
        ids: connection.nodes.map((n) => n.id),
      });
      expect(connection.edges.length).toBe(Math.min(2, connection.totalCount));
      if (connection.edges.length > 0)
        expect(connection.pageInfo.endCursor).toBe(connection.edges[connection.edges.length - 1].cursor);
    }
  });

  it('costs one statement per page with cursors and the total, as without', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const cursor = (await ok(api.server, PAGE, { d: huangpu, first: 50 })).officials.pageInfo.endCursor;
    // the session check, then the page with its cursors and its total count
    expect(await api.server.countQueries(() => ok(api.server, PAGE, { d: huangpu, first: 50 }))).toBe(2);
    expect(await api.server.countQueries(() => ok(api.server, PAGE, { d: huangpu, first: 50, after: cursor }))).toBe(2);
    expect(await api.server.countQueries(() => ok(api.server, PAGE, { d: huangpu, last: 50, before: cursor }))).toBe(2);
    expect(await api.server.countQueries(() => ok(api.server, PAGE, { d: huangpu, first: 50, offset: 100 }))).toBe(2);
  });
});
