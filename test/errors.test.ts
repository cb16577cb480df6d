import { QueryFailedError } from 'typeorm';
import { toClientError } from '../server/core/errors';
import { idByCode, useTestApi, type GqlResponse } from './support/api';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

describe('error codes (docs/architecture.md, the path of a request)', () => {
  it('BAD_USER_INPUT names the invalid input field', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const cases: [Record<string, unknown>, string][] = [
      [{ code: '12345', name: '坏代码街道', districtId: huangpu }, 'input.code'],
      [{ code: '310101901', name: '   ', districtId: huangpu }, 'input.name'],
      [{ code: '310101906', name: '\u200b\u200c \u200d\u2060\ufeff', districtId: huangpu }, 'input.name'],
      [{ code: '310101902', name: 'x'.repeat(101), districtId: huangpu }, 'input.name'],
      [{ code: '310101903', name: '无区街道', districtId: 'not-an-id' }, 'input.districtId'],
      [{ code: '310101904', name: '无区街道', districtId: '00000000-0000-4000-8000-000000000000' }, 'input.districtId'],
      [{ code: '310104905', name: '越界街道', districtId: huangpu }, 'input.code'],
    ];
    for (const [input, field] of cases) {
      const res = await api.server.gql(
        `mutation ($input: CreateSubdistrictInput!) { createSubdistrict(input: $input) { id } }`,
        { input },
      );
      expect({ input, extensions: res.errors?.[0].extensions }).toEqual({
        input,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
      expect(res.data).toBeNull();
    }
  });

  it('names the argument path of a string with a NUL character or an unpaired surrogate, before anything runs', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const create = `mutation ($input: CreateSubdistrictInput!) { createSubdistrict(input: $input) { id } }`;
    for (const name of ['外滩\u0000街道', '外滩\ud800街道', '\udc00外滩']) {
      const res = await api.server.gql(create, { input: { code: '310101907', name, districtId: huangpu } });
      expectError(res, 'BAD_USER_INPUT', 'input.name');
      expect(res.errors?.[0].message).toMatch(/^input\.name: /);
    }
    // A proper pair (an emoji) is fine as far as this check goes.
    const paired = await api.server.gql(create, {
      input: { code: '310101907', name: '外滩\ud83d\ude00', districtId: huangpu },
    });
    expect(paired.errors?.[0]?.message ?? '').not.toMatch(/surrogate/);
    // A plain argument, and one written inline rather than as a variable.
    const decide = await api.server.gql(
      `mutation ($r: String) { decideHeadAppointment(id: "00000000-0000-4000-8000-000000000000", decision: REFUSED, reason: $r) { id } }`,
      { r: 'a\u0000b' },
    );
    expectError(decide, 'BAD_USER_INPUT', 'reason');
    const inline = await api.server.gql(
      `mutation { createSubdistrict(input: { code: "310101908", name: "x\\u0000", districtId: "${huangpu}" }) { id } }`,
    );
    expectError(inline, 'BAD_USER_INPUT', 'input.name');
    // Rows of upsertOfficials: a row error with its index.
    const rows = [
      {
        externalId: 'nul-0',
        name: '好人',
        category: 'CIVIL_SERVANT',
        subdistrictCode: '310101013',
        officeKind: 'COMMUNITY_SERVICE',
      },
      {
        externalId: 'nul-1',
        name: '坏\u0000人',
        category: 'CIVIL_SERVANT',
        subdistrictCode: '310101013',
        officeKind: 'COMMUNITY_SERVICE',
      },
    ];
    const upsert = await api.server.gql(
      `mutation ($input: [UpsertOfficialInput!]!) { upsertOfficials(input: $input) { inserted } }`,
      { input: rows },
    );
    expect(upsert.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input',
      errors: [expect.objectContaining({ index: 1, field: 'name' })],
    });
  });

  it('names filter.year for a year out of range in the annual assessments filter', async () => {
    const res = await api.server.gql(`{ annualAssessments(filter: { year: 99999 }) { totalCount } }`);
    expectError(res, 'BAD_USER_INPUT', 'filter.year');
    const other = await api.server.gql(`{ annualAssessments(filter: { status: DRAFT }) { totalCount } }`);
    expect(other.errors).toBeUndefined();
  });

  it('BAD_USER_INPUT for malformed requests: syntax, unknown fields, wrong variable types, bad JSON', async () => {
    const syntax = await api.server.gql(`{ districts { totalCount `);
    expectError(syntax, 'BAD_USER_INPUT');
    const unknown = await api.server.gql(`{ districts { secret } }`);
    expectError(unknown, 'BAD_USER_INPUT');
    const variable = await api.server.gql(`query ($n: Int) { districts(first: $n) { totalCount } }`, { n: 'many' });
    expectError(variable, 'BAD_USER_INPUT');
    const res = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as GqlResponse).errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('BAD_USER_INPUT for queries nested too deep', async () => {
    const deep = `{ officials { nodes { subdistrict { offices { subdistrict { offices { subdistrict { offices { subdistrict { district { name } } } } } } } } } } }`;
    const res = await api.server.gql(deep);
    expectError(res, 'BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/too deep/);
  });

  it('refuses a cross-site GET without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent('{ districts { totalCount } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent('{ districts { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true', ...api.server.authHeader() },
    });
    expect(((await ok.json()) as GqlResponse).data!.districts.totalCount).toBe(16);
  });

  it('NOT_FOUND for updating or deleting what does not exist; null for a missing lookup', async () => {
    const update = await api.server.gql(
      `mutation { updateDistrict(id: "00000000-0000-4000-8000-000000000000", input: { name: "无" }) { id } }`,
    );
    expectError(update, 'NOT_FOUND');
    const del = await api.server.gql(`mutation { deleteOfficial(id: "nonsense") }`);
    expectError(del, 'NOT_FOUND');
    const lookup = await api.server.gql(`{ district(id: "nonsense") { id } }`);
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data!.district).toBeNull();
  });

  it('CONFLICT for a taken unique value, also under concurrent requests', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const taken = await api.server.gql(
      `mutation ($d: ID!) { createSubdistrict(input: { code: "310101002", name: "重复街道", districtId: $d }) { id } }`,
      { d: huangpu },
    );
    expectError(taken, 'CONFLICT', 'input.code');
    const racing = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.server.gql(
          `mutation ($d: ID!) { createDepartment(input: { name: "黄浦区并发局", districtId: $d }) { id } }`,
          { d: huangpu },
        ),
      ),
    );
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => r.errors).map((r) => r.errors![0].extensions.code)).toEqual(Array(7).fill('CONFLICT'));
  });

  it('CONFLICT when deleting a record others still refer to', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const res = await api.server.gql(`mutation ($id: ID!) { deleteDistrict(id: $id) }`, { id: huangpu });
    expectError(res, 'CONFLICT');
    const still = await api.server.gql(`query ($id: ID!) { district(id: $id) { name } }`, { id: huangpu });
    expect(still.data!.district!.name).toBe('黄浦区');
  });
});

describe('internal errors', () => {
  it('are masked with the request id, never showing the cause', async () => {
    const { server } = api;
    // Break the schema under the running server so that its next query fails inside PostgreSQL.
    await server.db.query('ALTER TABLE department RENAME COLUMN name TO name_hidden');
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-42', ...server.authHeader() },
        body: JSON.stringify({ query: '{ departments { nodes { name } } }' }),
      });
      const body = (await res.json()) as GqlResponse;
      expect(body.errors![0].extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'test-request-42',
        reason: 'internal',
        params: { requestId: 'test-request-42' },
      });
      expect(body.errors![0].message).toBe('Internal server error (request id test-request-42)');
      expect(JSON.stringify(body)).not.toMatch(/column|name_hidden|SELECT|does not exist/i);
      expect(res.headers.get('x-request-id')).toBe('test-request-42');
    } finally {
      await server.db.query('ALTER TABLE department RENAME COLUMN name_hidden TO name');
    }
  });
});

describe('bad input found by trying to break it', () => {
  it('CONFLICT, not an internal error, when a foreign key refuses a delete, without database detail', async () => {
    const waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const res = await api.server.gql(`mutation ($id: ID!) { deleteSubdistrict(id: $id) }`, { id: waitan });
    expectError(res, 'CONFLICT');
    const huangpu = await idByCode(api.server, 'district', '310101');
    const dup = await api.server.gql(
      `mutation ($d: ID!) { createSubdistrict(input: { code: "310101013", name: "重复", districtId: $d }) { id } }`,
      { d: huangpu },
    );
    expect(dup.errors?.[0].message).toBe('input.code: this value is already taken; it must be unique');
  });

  it('BAD_USER_INPUT for a NUL character in a filter or a name', async () => {
    const filter = await api.server.gql(`query ($s: String) { offices(filter: { nameContains: $s }) { totalCount } }`, {
      s: 'a\u0000',
    });
    expectError(filter, 'BAD_USER_INPUT');
    const dept = await api.server.gql(
      `mutation ($d: ID!) { createDepartment(input: { name: "a\\u0000b", districtId: $d }) { id } }`,
      {
        d: await idByCode(api.server, 'district', '310101'),
      },
    );
    expectError(dept, 'BAD_USER_INPUT');
  });
});

describe('fragments', () => {
  it('BAD_USER_INPUT for a fragment cycle and for an unknown fragment, with HTTP 400', async () => {
    for (const query of [
      'query { offices { ...A } } fragment A on OfficeConnection { ...B } fragment B on OfficeConnection { ...A }',
      'query { offices { ...Missing } }',
    ]) {
      const res = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as GqlResponse).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('counts depth through fragments', async () => {
    const query = `query { officials { ...O } } fragment O on OfficialConnection { nodes { subdistrict { offices { subdistrict { offices { subdistrict { offices { subdistrict { name } } } } } } } } }`;
    const res = await api.server.gql(query);
    expectError(res, 'BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/too deep/);
  });
  it('maps every PostgreSQL data error (class 22) to BAD_USER_INPUT, never an internal error', () => {
    for (const code of ['22008', '22001', '22003', '22007', '22021', '22P02', '22P05', '22012']) {
      const error = new QueryFailedError('SELECT 1', [], Object.assign(new Error('data error'), { code }));
      expect({ code, mapped: toClientError(error)?.extensions }).toEqual({
        code,
        mapped: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      });
    }
  });
});
