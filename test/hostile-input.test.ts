import { createHash } from 'node:crypto';
import { logger } from '../server/core/logger';
import {
  MAX_OBJECT_FIELDS,
  MAX_VARIABLE_DEPTH,
  MAX_VARIABLE_ERRORS,
  MAX_VARIABLE_VALUES,
} from '../server/core/variables';
import { useTestApi, type GqlResponse } from './support/api';

/** The extensions of a variable refused before execution (reason `validation.variables`, with the field). */
function refusedVariable(field: string): Record<string, unknown> {
  return {
    code: 'BAD_USER_INPUT',
    field,
    reason: 'validation.variables',
    params: { field },
  };
}

/**
 * Hostile input from an anonymous caller: bad variables are refused by
 * graphql's own coercion with a capped list of errors naming each field; nesting and size are
 * capped before anything walks the variables; a persisted-query hash that does not match is a
 * client error. How long each takes is measured by bench/b8-hostile-input.ts, never here.
 */
const api = useTestApi({ withShanghai: true });

const OFFICIALS = `query ($f: OfficialFilter) { officials(filter: $f) { totalCount } }`;

/** POSTs a JSON body (a value, or JSON text as it is) to /graphql without a token; returns the HTTP status and the parsed body. */
async function post(body: unknown): Promise<{ status: number; body: GqlResponse }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${api.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return { status: res.status, body: (await res.json()) as GqlResponse };
}

/** `{ k0: 1, …, k<n-1>: 1 }` */
function unknownKeys(n: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));
}

/** JSON text of a value nested `levels` deep: lists of lists, or objects of objects (too deep for JSON.stringify). */
function nested(levels: number, kind: 'list' | 'object'): string {
  return kind === 'list'
    ? `${'['.repeat(levels)}"x"${']'.repeat(levels)}`
    : `${'{"name":'.repeat(levels)}"x"${'}'.repeat(levels)}`;
}

/** The JSON body of OFFICIALS with `$f` given as JSON text. */
function officialsWith(fJson: string): string {
  return `{"query":${JSON.stringify(OFFICIALS)},"variables":{"f":${fJson}}}`;
}

describe('bad variables are refused by coercion, with a capped list of errors naming each field', () => {
  it('unknown input fields: HTTP 400, BAD_USER_INPUT, the first errors each naming its field', async () => {
    const { status, body } = await post({ query: OFFICIALS, variables: { f: unknownKeys(MAX_OBJECT_FIELDS) } });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(MAX_VARIABLE_ERRORS);
    expect(body.errors!.map((e) => e.extensions)).toEqual(
      Array.from({ length: MAX_VARIABLE_ERRORS }, (_, i) => refusedVariable(`filter.k${i}`)),
    );
    expect(body.errors![0].message).toBe('filter.k0: Field "k0" is not defined by type "OfficialFilter".');
    // No message quotes the whole object back.
    expect(JSON.stringify(body).length).toBeLessThan(5000);
  });

  it('3,000 unknown input fields: refused before coercion, naming the variable', async () => {
    const { status, body } = await post({ query: OFFICIALS, variables: { f: unknownKeys(3000) } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: `filter: an object with 3,000 fields; an input has at most ${MAX_OBJECT_FIELDS} ($f)`,
        extensions: refusedVariable('filter'),
      },
    ]);
  });

  it('names fields inside lists and wrong types, by the argument a variable is passed as', async () => {
    const upsert = `mutation ($rows: [UpsertOfficialInput!]!) { upsertOfficials(input: $rows) { inserted } }`;
    const rows = [
      {
        externalId: 'x-0',
        name: '甲',
        category: 'CIVIL_SERVANT',
        subdistrictCode: '310101013',
        officeKind: 'COMMUNITY_SERVICE',
      },
      {
        externalId: 'x-1',
        name: '乙',
        category: 'NOT_A_CATEGORY',
        subdistrictCode: '310101013',
        officeKind: 'COMMUNITY_SERVICE',
      },
      { externalId: 'x-2', category: 'CIVIL_SERVANT', subdistrictCode: '310101013', officeKind: 'COMMUNITY_SERVICE' },
    ];
    const { status, body } = await post({ query: upsert, variables: { rows } });
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.extensions)).toEqual([
      refusedVariable('input[1].category'),
      refusedVariable('input[2].name'),
    ]);
    // A variable used inside an input literal is named by its place there; a missing one by its name.
    const inner = await post({
      query: `query ($n: Int) { officials(first: $n, filter: { nameContains: "a" }) { totalCount } }`,
      variables: { n: 'many' },
    });
    expect(inner.status).toBe(400);
    expect(inner.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^first: Int cannot represent/),
        extensions: refusedVariable('first'),
      }),
    ]);
    const missing = await post({ query: `query ($id: ID!) { official(id: $id) { id } }`, variables: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.errors![0].extensions).toEqual(refusedVariable('id'));
  });

  it('50,000 unknown input fields, or more values than the cap in a list: refused naming the variable, and the server goes on', async () => {
    const wide = await post({ query: OFFICIALS, variables: { f: unknownKeys(50_000) } });
    expect(wide.status).toBe(400);
    expect(wide.body.errors).toEqual([
      {
        message: `filter: an object with 50,000 fields; an input has at most ${MAX_OBJECT_FIELDS} ($f)`,
        extensions: refusedVariable('filter'),
      },
    ]);
    const ids = Array.from({ length: MAX_VARIABLE_VALUES }, (_, i) => `id-${i}`);
    const long = await post({
      query: `query ($ids: [ID!]) { officials(filter: { ids: $ids }) { totalCount } }`,
      variables: { ids },
    });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([
      {
        message: `filter.ids: the variables hold more than ${MAX_VARIABLE_VALUES.toLocaleString('en')} values ($ids)`,
        extensions: refusedVariable('filter.ids'),
      },
    ]);
    const after = await api.server.gql(`{ districts { totalCount } }`);
    expect(after.data!.districts.totalCount).toBe(16);
  });
});

describe('deep variables are refused before anything walks them', () => {
  for (const kind of ['list', 'object'] as const) {
    it(`${kind === 'list' ? 'a list' : 'an object'} nested 5,000 levels deep: HTTP 400, BAD_USER_INPUT naming the variable`, async () => {
      const { status, body } = await post(officialsWith(nested(5000, kind)));
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          message: `filter: nested deeper than ${MAX_VARIABLE_DEPTH} levels ($f)`,
          extensions: refusedVariable('filter'),
        },
      ]);
    });
  }

  it('a variable at the depth limit is coerced as usual', async () => {
    // The filter's own fields are checked by coercion, not by the depth cap.
    const { status, body } = await post(officialsWith(nested(MAX_VARIABLE_DEPTH, 'object')));
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toEqual(refusedVariable('filter.name'));
  });

  it('the string guard still names a NUL character deep in a list of rows', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({
      externalId: `deep-${i}`,
      name: i === 2 ? '坏\u0000人' : '好人',
      category: 'CIVIL_SERVANT',
      subdistrictCode: '310101013',
      officeKind: 'COMMUNITY_SERVICE',
    }));
    const res = await api.server.gql(
      `mutation ($rows: [UpsertOfficialInput!]!) { upsertOfficials(input: $rows) { inserted } }`,
      { rows },
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input',
      errors: [{ index: 2, field: 'name', message: expect.any(String) }],
    });
  });
});

describe('automatic persisted queries', () => {
  it('a hash that does not match its query is BAD_USER_INPUT (HTTP 400), not an internal error, and logs no stack trace', async () => {
    const errors = jest.spyOn(logger, 'error');
    try {
      const query = '{ __typename }';
      const { status, body } = await post({
        query,
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          message: 'extensions.persistedQuery.sha256Hash: does not match the SHA-256 of the query',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'extensions.persistedQuery.sha256Hash',
            reason: 'request.shaMismatch',
            params: { field: 'extensions.persistedQuery.sha256Hash' },
          },
        },
      ]);
      expect(errors).not.toHaveBeenCalled();
      // The right hash registers the query and a later request by hash alone runs it.
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const registered = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
      expect(registered.body).toEqual({ data: { __typename: 'Query' } });
      const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
      expect(byHash.body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      errors.mockRestore();
    }
  });
});
