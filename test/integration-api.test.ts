import { createHash } from 'node:crypto';
import { parse } from 'csv-parse';
import { newServiceToken } from '../server/integration/service-token-auth';
import { idByCode, useTestApi, type GqlResponse } from './support/api';
import * as make from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const CREATE = `mutation ($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token serviceToken { id name districtId scopes expiresAt revokedAt lastUsedAt createdById } } }`;
const UPSERT = `mutation ($input: [UpsertOfficialInput!]!) { upsertOfficials(input: $input) { inserted updated unchanged } }`;
const WAITAN = '310101013';

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

function parseCsv(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) =>
    parse(text, { columns: true, bom: true }, (err, rows: Record<string, string>[]) =>
      err ? reject(err) : resolve(rows),
    ),
  );
}

describe('district integration (service tokens, upsertOfficials, results export)', () => {
  let huangpu: string;
  const tokenWith = async (scopes: string[], name = 'HR 系统') => {
    const res = await api.server.gql(CREATE, { input: { name, districtId: huangpu, scopes, expiresAt: inDays(30) } });
    expect(res.errors).toBeUndefined();
    return res.data!.createServiceToken as { token: string; serviceToken: { id: string; lastUsedAt: string | null } };
  };
  beforeAll(async () => {
    huangpu = await idByCode(api.server, 'district', '310101');
  });

  it('shows a token once and keeps only its SHA-256', async () => {
    const { token, serviceToken } = await tokenWith(['OFFICIALS_READ']);
    expect(token).toMatch(/^pyt_[A-Za-z0-9_-]{43}$/);
    const [row] = await api.server.db.query(`SELECT * FROM service_token WHERE id = $1`, [serviceToken.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    const listed = await api.server.gql(`{ serviceTokens { totalCount nodes { id scopes } } }`);
    expect(listed.data!.serviceTokens.nodes).toContainEqual({ id: serviceToken.id, scopes: ['OFFICIALS_READ'] });
    // The token works for what its scope allows, and records its use at most once a minute.
    const read = await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.officials.totalCount).toBeGreaterThan(0);
    const [used] = await api.server.db.query(`SELECT last_used_at FROM service_token WHERE id = $1`, [serviceToken.id]);
    expect(used.last_used_at).not.toBeNull();
    await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token });
    const [again] = await api.server.db.query(`SELECT last_used_at FROM service_token WHERE id = $1`, [
      serviceToken.id,
    ]);
    expect(again.last_used_at).toEqual(used.last_used_at);
    // Everything else is refused by default (offices and agencies come with officials:read, divisions with any token).
    const departments = await api.server.gql(`{ departments(first: 1) { totalCount } }`, {}, { token });
    expectError(departments, 'FORBIDDEN');
    const me = await api.server.gql(`{ me { id } }`, {}, { token });
    expectError(me, 'FORBIDDEN');
  });

  it('refuses a token name that is blank or only invisible characters', async () => {
    const res = await api.server.gql(CREATE, {
      input: { name: '\u200b \u200d\ufeff', districtId: huangpu, scopes: ['OFFICIALS_READ'], expiresAt: inDays(30) },
    });
    expectError(res, 'BAD_USER_INPUT', 'input.name');
  });

  it('refuses a token lifetime over a year and a token for another district', async () => {
    const long = await api.server.gql(CREATE, {
      input: { name: 'x', districtId: huangpu, scopes: ['OFFICIALS_READ'], expiresAt: inDays(400) },
    });
    expectError(long, 'BAD_USER_INPUT', 'input.expiresAt');
    const xuhui = await idByCode(api.server, 'district', '310104');
    const other = await api.server.gql(CREATE, {
      input: { name: 'x', districtId: xuhui, scopes: ['OFFICIALS_READ'], expiresAt: inDays(30) },
    });
    expectError(other, 'FORBIDDEN');
  });

  it('refuses an upsert to a token without officials:write, naming the scope', async () => {
    const { token } = await tokenWith(['OFFICIALS_READ']);
    const res = await api.server.gql(
      UPSERT,
      {
        input: [
          {
            externalId: 'hr-x',
            name: '张三',
            category: 'CIVIL_SERVANT',
            subdistrictCode: WAITAN,
            officeKind: 'COMMUNITY_SERVICE',
          },
        ],
      },
      { token },
    );
    expectError(res, 'FORBIDDEN');
    expect(res.errors?.[0].message).toContain('officials:write');
  });

  it('refuses a revoked token at once, and an expired one', async () => {
    const revoked = await tokenWith(['OFFICIALS_READ']);
    expect(
      (await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token: revoked.token })).errors,
    ).toBeUndefined();
    const res = await api.server.gql(`mutation ($id: ID!) { revokeServiceToken(id: $id) { id revokedAt } }`, {
      id: revoked.serviceToken.id,
    });
    expect(res.data!.revokeServiceToken.revokedAt).not.toBeNull();
    const after = await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token: revoked.token });
    expectError(after, 'UNAUTHENTICATED');

    const expired = await tokenWith(['OFFICIALS_READ']);
    await api.server.db.query(`UPDATE service_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.serviceToken.id,
    ]);
    const late = await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token: expired.token });
    expectError(late, 'UNAUTHENTICATED');

    // Each says which, never points a service token at the login mutation; the export says the same.
    expect(after.errors?.[0].message).toMatch(/^This service token was revoked on \d{4}-\d\d-\d\dT/);
    expect(late.errors?.[0].message).toMatch(/^This service token expired on \d{4}-\d\d-\d\dT/);
    const malformed = await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token: 'pyt_short' });
    expectError(malformed, 'UNAUTHENTICATED');
    expect(malformed.errors?.[0].message).toMatch(/^This token is not valid: /);
    const unknown = await api.server.gql(`{ officials(first: 1) { totalCount } }`, {}, { token: newServiceToken() });
    expect(unknown.errors?.[0].message).toMatch(/^This token is not valid: /);
    for (const res of [after, late, malformed, unknown]) expect(res.errors?.[0].message).not.toMatch(/login/);
    const exported = await fetch(`${api.server.url}/export/districts/${huangpu}/results.csv?year=2026`, {
      headers: { authorization: `Bearer ${revoked.token}` },
    });
    expect(exported.status).toBe(401);
    const body = (await exported.json()) as GqlResponse;
    expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toMatch(/^This service token was revoked on /);
  });

  describe('upsertOfficials', () => {
    let token: string;
    let batch: Record<string, unknown>[];
    beforeAll(async () => {
      token = (await tokenWith(['OFFICIALS_WRITE', 'OFFICIALS_READ'])).token;
      const waitan = await idByCode(api.server, 'subdistrict', WAITAN);
      const offices = await api.server.gql(
        `query ($s: ID!) { offices(filter: { subdistrictId: $s }) { nodes { id kind } } }`,
        { s: waitan },
      );
      const selfGovernance = offices.data!.offices.nodes.find(
        (o: { kind: string }) => o.kind === 'COMMUNITY_SELF_GOVERNANCE',
      )!.id;
      const [neighborhood] = await api.server.db.query(
        `SELECT code FROM neighborhood WHERE subdistrict_id = $1 ORDER BY code LIMIT 1`,
        [waitan],
      );
      batch = [
        {
          externalId: 'hr-001',
          name: '李明',
          category: 'CIVIL_SERVANT',
          title: '科员',
          subdistrictCode: WAITAN,
          officeKind: 'COMMUNITY_SERVICE',
        },
        {
          externalId: 'hr-002',
          name: '王芳',
          category: 'COMMUNITY_WORKER',
          officeId: selfGovernance,
          neighborhoodCode: neighborhood.code,
        },
        {
          externalId: 'hr-003',
          name: '赵强',
          category: 'AGENCY_HEAD',
          title: '所长',
          subdistrictCode: WAITAN,
          agencyKind: 'POLICE_STATION',
        },
      ];
    });

    it('inserts a batch, then finds nothing to change in the same batch, then updates what changed', async () => {
      const auditsBefore = await api.server.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'officials.upserted'`,
      );
      const first = await api.server.gql(UPSERT, { input: batch }, { token });
      expect(first.errors).toBeUndefined();
      expect(first.data!.upsertOfficials).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
      const second = await api.server.gql(UPSERT, { input: batch }, { token });
      expect(second.data!.upsertOfficials).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
      const third = await api.server.gql(UPSERT, { input: [{ ...batch[0], title: '副科长' }, batch[1], batch[2]] });
      expect(third.data!.upsertOfficials).toEqual({ inserted: 0, updated: 1, unchanged: 2 });
      const rows = await api.server.db.query(
        `SELECT external_id, title, agency_id IS NOT NULL AS in_agency FROM official WHERE external_id LIKE 'hr-00%' ORDER BY external_id`,
      );
      expect(rows).toEqual([
        { external_id: 'hr-001', title: '副科长', in_agency: false },
        { external_id: 'hr-002', title: '', in_agency: false },
        { external_id: 'hr-003', title: '所长', in_agency: true },
      ]);
      const auditsAfter = await api.server.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'officials.upserted'`,
      );
      expect(auditsAfter[0].n - auditsBefore[0].n).toBe(3);
    });

    it('reports every bad row with its index and field and writes nothing', async () => {
      const res = await api.server.gql(
        UPSERT,
        {
          input: [
            {
              externalId: 'hr-100',
              name: '好行',
              category: 'CIVIL_SERVANT',
              subdistrictCode: WAITAN,
              officeKind: 'COMMUNITY_SAFETY',
            },
            {
              externalId: 'hr-101',
              name: '坏行',
              category: 'AGENCY_HEAD',
              subdistrictCode: WAITAN,
              officeKind: 'COMMUNITY_SAFETY',
            },
            {
              externalId: 'hr-102',
              name: '  ',
              category: 'CIVIL_SERVANT',
              subdistrictCode: WAITAN,
              officeKind: 'COMMUNITY_SAFETY',
            },
            {
              externalId: 'hr-104',
              name: '\u200b\ufeff\u2060',
              category: 'CIVIL_SERVANT',
              subdistrictCode: WAITAN,
              officeKind: 'COMMUNITY_SAFETY',
            },
            {
              externalId: 'hr-100',
              name: '重复',
              category: 'CIVIL_SERVANT',
              subdistrictCode: '310104001',
              officeKind: 'COMMUNITY_SAFETY',
            },
          ],
        },
        { token },
      );
      expectError(res, 'BAD_USER_INPUT', 'input');
      const errors = res.errors![0].extensions.errors as { index: number; field: string; message: string }[];
      expect(errors.map(({ index, field }) => ({ index, field }))).toEqual([
        { index: 1, field: 'agencyId' },
        { index: 2, field: 'name' },
        { index: 3, field: 'name' },
        { index: 4, field: 'externalId' },
        { index: 4, field: 'subdistrictCode' },
      ]);
      const written = await api.server.db.query(
        `SELECT count(*)::int AS n FROM official WHERE external_id LIKE 'hr-10%'`,
      );
      expect(written[0].n).toBe(0);
    });

    it('refuses more than 1,000 rows', async () => {
      const rows = Array.from({ length: 1001 }, (_, i) => ({ ...batch[0], externalId: `hr-big-${i}` }));
      const res = await api.server.gql(UPSERT, { input: rows }, { token });
      expectError(res, 'BAD_USER_INPUT', 'input');
    });

    it('refuses more than one upsertOfficials field in one operation (aliases would pass the 1,000-row limit)', async () => {
      const rows = [{ ...batch[0], externalId: 'hr-alias-1' }];
      const aliased = await api.server.gql(
        `mutation ($input: [UpsertOfficialInput!]!) { a: upsertOfficials(input: $input) { inserted } b: upsertOfficials(input: $input) { inserted } }`,
        { input: rows },
        { token },
      );
      expectError(aliased, 'BAD_USER_INPUT', 'input');
      expect(aliased.errors?.[0].message).toMatch(/one upsertOfficials/);
      const viaFragment = await api.server.gql(
        `mutation ($input: [UpsertOfficialInput!]!) { a: upsertOfficials(input: $input) { inserted } ...F } fragment F on Mutation { b: upsertOfficials(input: $input) { inserted } }`,
        { input: rows },
        { token },
      );
      expectError(viaFragment, 'BAD_USER_INPUT');
      const written = await api.server.db.query(
        `SELECT count(*)::int AS n FROM official WHERE external_id = 'hr-alias-1'`,
      );
      expect(written[0].n).toBe(0);
    });

    it('makes identical concurrent batches idempotent: one inserts, the others find them unchanged', async () => {
      const rows = [1, 2, 3].map((n) => ({ ...batch[0], externalId: `hr-race-${n}`, name: `并发${n}` }));
      const results = await Promise.all([1, 2, 3, 4].map(() => api.server.gql(UPSERT, { input: rows }, { token })));
      for (const res of results) expect(res.errors).toBeUndefined();
      const counts = results.map((r) => r.data!.upsertOfficials);
      expect(counts.reduce((n: number, c: { inserted: number }) => n + c.inserted, 0)).toBe(3);
      expect(counts.filter((c: { inserted: number }) => c.inserted === 0)).toHaveLength(3);
      const written = await api.server.db.query(
        `SELECT count(*)::int AS n FROM official WHERE external_id LIKE 'hr-race-%'`,
      );
      expect(written[0].n).toBe(3);
    });

    it('refuses to move the consented head of an agency elsewhere, and a neighborhood for anyone but a community worker', async () => {
      const waitan = await idByCode(api.server, 'subdistrict', WAITAN);
      const agencies = await api.server.gql(
        `query ($s: ID!) { dispatchedAgencies(filter: { subdistrictId: $s, kind: MARKET_SUPERVISION }) { nodes { id name head { id externalId name } } } }`,
        { s: waitan },
      );
      const agency = agencies.data!.dispatchedAgencies.nodes[0];
      expect(agency.head?.externalId).toBeTruthy();
      const head = agency.head;
      const [neighborhood] = await api.server.db.query(
        `SELECT code FROM neighborhood WHERE subdistrict_id = $1 ORDER BY code LIMIT 1`,
        [waitan],
      );
      const res = await api.server.gql(
        UPSERT,
        {
          input: [
            {
              externalId: head!.externalId,
              name: head!.name,
              category: 'CIVIL_SERVANT',
              subdistrictCode: WAITAN,
              officeKind: 'COMMUNITY_SERVICE',
            },
            {
              externalId: 'hr-nb-1',
              name: '钱进',
              category: 'CIVIL_SERVANT',
              subdistrictCode: WAITAN,
              officeKind: 'COMMUNITY_SERVICE',
              neighborhoodCode: neighborhood.code,
            },
            {
              externalId: 'hr-nb-2',
              name: '孙立',
              category: 'AGENCY_HEAD',
              subdistrictCode: WAITAN,
              agencyKind: 'POLICE_STATION',
              neighborhoodCode: neighborhood.code,
            },
          ],
        },
        { token },
      );
      expectError(res, 'BAD_USER_INPUT', 'input');
      const errors = res.errors![0].extensions.errors as { index: number; field: string; message: string }[];
      expect(errors.map(({ index, field }) => ({ index, field }))).toEqual([
        { index: 0, field: 'category' },
        { index: 1, field: 'neighborhoodCode' },
        { index: 2, field: 'neighborhoodCode' },
      ]);
      expect(errors[0].message).toContain(agency.name);
      expect(errors[0].message).toMatch(/consented head/);

      // Moving the head to the same kind of agency in another subdistrict is refused as well.
      const moved = await api.server.gql(
        UPSERT,
        {
          input: [
            {
              externalId: head!.externalId,
              name: head!.name,
              category: 'AGENCY_HEAD',
              subdistrictCode: '310101002',
              agencyKind: 'MARKET_SUPERVISION',
            },
          ],
        },
        { token },
      );
      expect(
        (moved.errors?.[0].extensions.errors as { index: number; field: string }[]).map(({ index, field }) => ({
          index,
          field,
        })),
      ).toEqual([{ index: 0, field: 'agencyKind' }]);
      // Renaming the head in place is fine.
      const renamed = await api.server.gql(
        UPSERT,
        {
          input: [
            {
              externalId: head!.externalId,
              name: head!.name,
              category: 'AGENCY_HEAD',
              title: '所长',
              agencyId: agency.id,
            },
          ],
        },
        { token },
      );
      expect(renamed.errors).toBeUndefined();
      const after = await api.server.gql(`query ($id: ID!) { dispatchedAgency(id: $id) { head { id } } }`, {
        id: agency.id,
      });
      expect(after.data!.dispatchedAgency!.head!.id).toBe(head!.id);
    });
  });

  describe('results export', () => {
    let year: number;
    beforeAll(async () => {
      const [closed] = await api.server.db.query(
        `SELECT year FROM evaluation_meeting WHERE status = 'CLOSED' ORDER BY year LIMIT 1`,
      );
      year = closed.year;
    });
    const download = (district: string, format: string, y: number | string, token: string | null) =>
      fetch(`${api.server.url}/export/districts/${district}/results.${format}?year=${y}&format=machine`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });

    it("returns one row per official of the district with the closed meeting's results", async () => {
      const { token } = await tokenWith(['ASSESSMENTS_READ']);
      const res = await download(huangpu, 'csv', year, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const rows = await parseCsv(await res.text());
      const [{ n }] = await api.server.db.query(
        `SELECT count(*)::int AS n FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.district_id = $1`,
        [huangpu],
      );
      expect(rows).toHaveLength(n);
      const expected = await api.server.db.query(
        `SELECT o.external_id, r.rating_count, r.score, r.satisfaction_rate FROM meeting_result r JOIN evaluation_meeting m ON m.id = r.meeting_id
           JOIN official o ON o.id = r.official_id WHERE m.status = 'CLOSED' AND m.year = $1 AND r.published`,
        [year],
      );
      expect(expected.length).toBeGreaterThan(0);
      for (const e of expected) {
        const row = rows.find((r) => r.externalId === e.external_id)!;
        expect(row).toMatchObject({ subdistrict: '外滩街道', meetingRatingCount: String(e.rating_count) });
        expect(Number(row.meanMeetingScore)).toBeCloseTo(e.score, 6);
        expect(Number(row.satisfactionRate)).toBeCloseTo(e.satisfaction_rate, 6);
      }
      expect(Object.keys(rows[0])).toEqual(
        expect.arrayContaining(['official', 'category', 'unit', 'assessmentScore', 'assessmentGrade']),
      );
      const rated = rows.filter((r) => Number(r.meetingRatingCount) > 0);
      expect(rated.every((r) => r.subdistrict === '外滩街道')).toBe(true);
      const none = await download(huangpu, 'csv', year - 5, token);
      expect((await parseCsv(await none.text())).every((r) => r.meetingRatingCount === '0')).toBe(true);
    });

    it('serves XLSX to a district ADMIN', async () => {
      const res = await fetch(`${api.server.url}/export/districts/${huangpu}/results.xlsx?year=${year}`, {
        headers: api.server.authHeader(),
      });
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.subarray(0, 2).toString()).toBe('PK');
    });

    it("refuses another district's token, a token without the scope, no token and a bad year, as JSON", async () => {
      const xuhui = await idByCode(api.server, 'district', '310104');
      const { token: foreign } = await make.serviceToken(api.server, {
        name: '徐汇 HR',
        districtId: xuhui,
        scopes: ['ASSESSMENTS_READ'],
        as: (await make.otherDistrictAdmin(api.server, xuhui)).token,
      });
      const other = await download(huangpu, 'csv', year, foreign);
      expect(other.status).toBe(403);
      expect((await other.json()).errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await download(xuhui, 'csv', year, foreign)).status).toBe(200);

      const { token } = await tokenWith(['OFFICIALS_READ']);
      const unscoped = await download(huangpu, 'csv', year, token);
      expect(unscoped.status).toBe(403);
      expect((await unscoped.json()).errors[0].message).toContain('assessments:read');
      const anonymous = await download(huangpu, 'csv', year, null);
      expect(anonymous.status).toBe(401);
      expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const badYear = await download(huangpu, 'csv', 'abc', foreign);
      expect(badYear.status).toBe(403);
      const { token: mine } = await tokenWith(['ASSESSMENTS_READ']);
      const bad = await download(huangpu, 'csv', 'abc', mine);
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    });
  });
});
