/**
 * The admin's data provider, without a browser or server: each React-Admin call must become the
 * GraphQL operation of the contract (schema.graphql), and server errors must come back as
 * React-Admin errors naming the form field.
 */
import { createDataProvider } from '../../admin/src/dataProvider';

interface Sent {
  query: string;
  variables: {
    first?: number;
    offset?: number;
    filter?: { ids?: string[] };
    input?: Record<string, unknown>;
    [name: string]: unknown;
  };
}

/** A data provider whose fetch records each request and answers with `reply(sent)`. */
function providerWith(reply: (sent: Sent) => unknown) {
  const sent: Sent[] = [];
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Sent;
    sent.push(body);
    return new Response(JSON.stringify(reply(body)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const translate = (key: string, options: Record<string, unknown> = {}) => `${key}|${JSON.stringify(options)}`;
  return { sent, dataProvider: createDataProvider({ uri: '/graphql', translate, fetch: fakeFetch }) };
}

const page = (nodes: object[], totalCount = nodes.length) => ({ data: { page: { nodes, totalCount } } });

describe('admin data provider', () => {
  it('maps getList to the plural query with filter, orderBy, first and offset', async () => {
    const { sent, dataProvider } = providerWith(() => page([{ id: 's1', name: '南京东路街道' }], 10));
    const result = await dataProvider.getList('subdistricts', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'code', order: 'DESC' },
      filter: { districtId: 'd1', nameContains: ' 南京 ', kind: '', notAFilter: 'x' },
    });
    expect(result).toEqual({ data: [{ id: 's1', name: '南京东路街道' }], total: 10 });
    expect(sent[0].query).toMatch(
      /subdistricts\(\s*filter: \$filter\s*orderBy: \$orderBy\s*first: \$first\s*offset: \$offset/,
    );
    expect(sent[0].query).toMatch(/\$filter: SubdistrictFilter, \$orderBy: \[SubdistrictOrder!\]/);
    expect(sent[0].query).not.toMatch(/offices|district \{/);
    expect(sent[0].variables).toEqual({
      filter: { districtId: 'd1', nameContains: '南京' },
      orderBy: [{ field: 'CODE', direction: 'DESC' }],
      first: 25,
      offset: 25,
    });
  });

  it('leaves out a sort the server cannot do and caps the page size', async () => {
    const { sent, dataProvider } = providerWith(() => page([]));
    await dataProvider.getList('offices', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'updatedAt', order: 'ASC' },
      filter: {},
    });
    expect(sent[0].variables).toEqual({ first: 100, offset: 0 });
    expect(sent[0].query).toContain('duties');
  });

  it('fetches pages larger than 100 (CSV export) in requests of 100', async () => {
    const { sent, dataProvider } = providerWith((s) =>
      page(
        Array.from({ length: s.variables.first! }, (_, i) => ({ id: `${s.variables.offset! + i}` })),
        250,
      ),
    );
    const result = await dataProvider.getList('officials', {
      pagination: { page: 1, perPage: 250 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(sent.map((s) => [s.variables.first, s.variables.offset])).toEqual([
      [100, 0],
      [100, 100],
      [50, 200],
    ]);
    expect(result.data).toHaveLength(250);
    expect(result.total).toBe(250);
  });

  it('maps getMany to filter.ids, at most 100 per request', async () => {
    const { sent, dataProvider } = providerWith((s) => page(s.variables.filter!.ids!.map((id) => ({ id }))));
    const ids = Array.from({ length: 150 }, (_, i) => `id${i}`);
    const result = await dataProvider.getMany('districts', { ids: [...ids, 'id0'] });
    expect(result.data).toHaveLength(150);
    expect(sent.map((s) => s.variables.first)).toEqual([100, 50]);
    expect(sent[0].query).not.toContain('totalCount');
  });

  it('maps getManyReference to the target as a filter', async () => {
    const { sent, dataProvider } = providerWith(() => page([]));
    await dataProvider.getManyReference('offices', {
      target: 'subdistrictId',
      id: 's1',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'kind', order: 'ASC' },
      filter: {},
    });
    expect(sent[0].variables).toEqual({
      filter: { subdistrictId: 's1' },
      orderBy: [{ field: 'KIND', direction: 'ASC' }],
      first: 25,
      offset: 0,
    });
  });

  it('maps getOne to the singular query and a missing record to a 404', async () => {
    const { sent, dataProvider } = providerWith(() => ({ data: { data: null } }));
    await expect(dataProvider.getOne('dispatchedAgencies', { id: 'a1' })).rejects.toMatchObject({ status: 404 });
    expect(sent[0].query).toMatch(/dispatchedAgency\(id: \$id\)/);
  });

  it('creates with only the input type’s fields, leaving out blanks and form helpers', async () => {
    const { sent, dataProvider } = providerWith((s) => ({ data: { data: { id: 'o1', ...s.variables.input } } }));
    await dataProvider.create('offices', {
      data: {
        districtId: 'd1',
        subdistrictId: 's1',
        kind: 'SELF_DESIGNATED',
        name: '营商服务专班',
        duties: ['企业服务', null, ''],
      },
    });
    expect(sent[0].query).toMatch(/createOffice\(input: \$input\)/);
    expect(sent[0].variables.input).toEqual({
      subdistrictId: 's1',
      kind: 'SELF_DESIGNATED',
      name: '营商服务专班',
      duties: ['企业服务'],
    });
  });

  it('updates only changed, updatable fields; a cleared field becomes null or an empty title', async () => {
    const { sent, dataProvider } = providerWith((s) => ({ data: { data: { id: 'p1', ...s.variables.input } } }));
    const previousData = {
      id: 'p1',
      name: '王建国',
      category: 'CIVIL_SERVANT',
      title: '科员',
      officeId: 'o1',
      agencyId: null,
      subdistrictId: 's1',
    };
    await dataProvider.update('officials', {
      id: 'p1',
      previousData,
      data: {
        ...previousData,
        category: 'AGENCY_HEAD',
        title: null,
        officeId: null,
        agencyId: 'a1',
        subdistrictId: 's2',
      },
    });
    expect(sent[0].query).toMatch(/updateOfficial\(id: \$id, input: \$input\)/);
    // The 街道 is updatable: the server checks the office or agency against it and moves the official.
    expect(sent[0].variables).toEqual({
      id: 'p1',
      input: { category: 'AGENCY_HEAD', title: '', officeId: null, agencyId: 'a1', subdistrictId: 's2' },
    });
  });

  it('maps delete, deleteMany and updateMany onto delete<Type> and update<Type>', async () => {
    const { sent, dataProvider } = providerWith((s) => ({
      data: Object.fromEntries(Object.keys(s.variables).map((k, i) => [`m${i}`, 'x'])),
    }));
    const deleted = await dataProvider.delete('offices', { id: 'o1', previousData: { id: 'o1', name: 'x' } });
    expect(deleted.data).toEqual({ id: 'o1', name: 'x' });
    expect(sent[0].query).toMatch(/deleteOffice\(id: \$id\)/);
    expect((await dataProvider.deleteMany('officials', { ids: ['p1', 'p2'] })).data!).toEqual(['p1', 'p2']);
    expect(sent[1].query).toMatch(/m0: deleteOfficial\(id: \$id0\)\s+m1: deleteOfficial\(id: \$id1\)/);
    await dataProvider.updateMany('dispatchedAgencies', { ids: ['a1'], data: { kind: 'OTHER', departmentId: 'x' } });
    expect(sent[2].query).toMatch(/m0: updateDispatchedAgency\(id: \$id0, input: \$input\)/);
    expect(sent[2].variables).toEqual({ id0: 'a1', input: { kind: 'OTHER' } });
  });

  it('lists a type whose query takes no filter or order (ratingTemplates), reading its criteria', async () => {
    const { sent, dataProvider } = providerWith(() =>
      page([{ id: 't1', name: '标准', criteria: [{ key: 'a', label: '服务态度', weight: 100 }] }]),
    );
    const result = await dataProvider.getList('ratingTemplates', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: '标准' },
    });
    expect(result.data[0].criteria).toEqual([{ key: 'a', label: '服务态度', weight: 100 }]);
    expect(sent[0].query).toMatch(/ratingTemplates\(first: \$first, offset: \$offset\)/);
    expect(sent[0].query).toMatch(/criteria \{\s*key\s+label\s+weight\s*\}/);
    expect(sent[0].query).not.toContain('$filter');
    expect(sent[0].variables).toEqual({ first: 10, offset: 10 });
  });

  it('maps getMany of a type without an ids filter to aliased lookups', async () => {
    const { sent, dataProvider } = providerWith(() => ({ data: { r0: { id: 't1', name: 'A' }, r1: null } }));
    const result = await dataProvider.getMany('ratingTemplates', { ids: ['t1', 't2'] });
    expect(result.data).toEqual([{ id: 't1', name: 'A' }]);
    expect(sent[0].query).toMatch(/r0: ratingTemplate\(id: \$id0\)[\s\S]*r1: ratingTemplate\(id: \$id1\)/);
    expect(sent[0].variables).toEqual({ id0: 't1', id1: 't2' });
  });

  it('reads meetings without their computed fields and sends criteria cut to the input type', async () => {
    const { sent, dataProvider } = providerWith((s) => ({ data: { data: { id: 'x', ...s.variables.input } } }));
    await dataProvider.getOne('evaluationMeetings', { id: 'm1' }).catch(() => undefined);
    expect(sent[0].query).toMatch(/evaluationMeeting\(id: \$id\)/);
    expect(sent[0].query).not.toMatch(/representatives|progress|results|officials/);
    const previousData = { id: 't1', name: 'A', criteria: [{ key: 'a', label: '态度', weight: 100 }] };
    await dataProvider.update('ratingTemplates', {
      id: 't1',
      previousData,
      data: {
        ...previousData,
        criteria: [
          { key: 'a', label: '态度', weight: 60, extra: 1 },
          { key: 'b', label: '效率', weight: 40 },
        ],
      },
    });
    expect(sent[1].variables.input).toEqual({
      criteria: [
        { key: 'a', label: '态度', weight: 60 },
        { key: 'b', label: '效率', weight: 40 },
      ],
    });
    await dataProvider.update('ratingTemplates', { id: 't1', previousData, data: { ...previousData, name: 'B' } });
    expect(sent[2].variables.input).toEqual({ name: 'B' });
  });

  it('turns BAD_USER_INPUT on input.kind without a reason into a field error and the generic translated sentence', async () => {
    const { dataProvider } = providerWith(() => ({
      errors: [
        { message: 'input.kind: at most 2 are allowed', extensions: { code: 'BAD_USER_INPUT', field: 'input.kind' } },
      ],
      data: null,
    }));
    const error = await dataProvider
      .create('offices', { data: { subdistrictId: 's1', kind: 'SELF_DESIGNATED', name: 'x' } })
      .catch((e) => e);
    expect(error.status).toBe(400);
    expect(error.message).toContain('pingyi.errors.BAD_USER_INPUT_field');
    expect(error.message).toContain('resources.offices.fields.kind');
    expect(error.message).not.toContain('at most 2 are allowed');
    expect(error.body.errors.kind).toBe(error.message);
    expect(error.body.errors.root.serverError).toBe(error.message);
    expect(error.body.code).toBe('BAD_USER_INPUT');
  });

  it('reports CONFLICT and unreachable servers without form errors', async () => {
    const { dataProvider } = providerWith(() => ({
      errors: [{ message: 'still in use', extensions: { code: 'CONFLICT', field: null } }],
      data: null,
    }));
    const conflict = await dataProvider.delete('districts', { id: 'd1' }).catch((e) => e);
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors).toBeUndefined();
    const offline = createDataProvider({
      translate: (key) => key,
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
    });
    await expect(offline.getOne('districts', { id: 'd1' })).rejects.toMatchObject({ message: 'pingyi.errors.NETWORK' });
  });
});
