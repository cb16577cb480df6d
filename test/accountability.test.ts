import { hashPassword } from '../server/user/user.service';
import { idByCode, useTestApi } from './support/api';

const api = useTestApi({ withShanghai: true });

const CREATE = `mutation ($input: CreateAccountabilityCaseInput!) { createAccountabilityCase(input: $input) { id officialId year responsibilityItemId handledBy status summary conclusion breachConfirmed openedAt concludedAt } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAccountabilityCaseInput!) { updateAccountabilityCase(id: $id, input: $input) { id handledBy summary status } }`;
const CONCLUDE = `mutation ($id: ID!, $input: ConcludeAccountabilityCaseInput!) { concludeAccountabilityCase(id: $id, input: $input) { id status conclusion breachConfirmed concludedAt } }`;

describe('accountability cases (DESIGN rule 9)', () => {
  let waitan: string;
  let official: { id: string; name: string };
  let redLine: { id: string };
  let duty: { id: string };
  let assessor: string;
  let nanjingAssessor: string;
  let caseId: string;

  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const res = await api.server.gql(
      `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: CIVIL_SERVANT }, first: 1, orderBy: [{ field: NAME }]) { nodes { id name responsibilityItems(year: 2026) { id kind } } } }`,
      { s: waitan },
    );
    const [node] = res.data.officials.nodes;
    official = { id: node.id, name: node.name };
    redLine = node.responsibilityItems.find((i: any) => i.kind === 'RED_LINE');
    duty = node.responsibilityItems.find((i: any) => i.kind === 'DUTY');
    assessor = await api.server.login('huangpu.assessor');
    // An ASSESSOR of 南京东路街道: outside 外滩街道's scope.
    await api.server.db.query(`INSERT INTO app_user (username, display_name, role, district_id, subdistrict_id, password_hash) VALUES ('nanjing.assessor', '南京东路考核员', 'ASSESSOR', $1, $2, $3)`, [
      await idByCode(api.server, 'district', '310101'),
      await idByCode(api.server, 'subdistrict', '310101002'),
      await hashPassword('pingyi-demo'),
    ]);
    nanjingAssessor = await api.server.login('nanjing.assessor');
  });

  it('opens a case about a red-line item and changes it while OPEN', async () => {
    const input = { officialId: official.id, year: 2026, responsibilityItemId: redLine.id, handledBy: 'DISCIPLINE_INSPECTION', summary: '居民反映其收受辖区商户购物卡' };
    const created = await api.server.gql(CREATE, { input }, { token: assessor });
    expect(created.errors).toBeUndefined();
    expect(created.data.createAccountabilityCase).toMatchObject({ ...input, status: 'OPEN', conclusion: null, breachConfirmed: null, concludedAt: null });
    caseId = created.data.createAccountabilityCase.id;
    const changed = await api.server.gql(UPDATE, { id: caseId, input: { handledBy: 'ORGANIZATION_DEPARTMENT', summary: '居民反映其收受辖区商户购物卡两张' } }, { token: assessor });
    expect(changed.data.updateAccountabilityCase).toEqual({ id: caseId, handledBy: 'ORGANIZATION_DEPARTMENT', summary: '居民反映其收受辖区商户购物卡两张', status: 'OPEN' });

    const bad: [Record<string, unknown>, string][] = [
      [{ responsibilityItemId: duty.id }, 'input.responsibilityItemId'],
      [{ year: 2025 }, 'input.responsibilityItemId'],
      [{ summary: '  ' }, 'input.summary'],
      [{ summary: '\u200b\u200c \u200d\u2060\ufeff' }, 'input.summary'],
      [{ year: 1999 }, 'input.year'],
    ];
    for (const [change, field] of bad) {
      const res = await api.server.gql(CREATE, { input: { ...input, ...change } }, { token: assessor });
      expect({ change, extensions: res.errors?.[0].extensions }).toEqual({ change, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
  });

  it('concludes only with a written conclusion, and only once', async () => {
    for (const conclusion of ['', '   ', '\u200b\u200c \u200d\u2060\ufeff']) {
      const blank = await api.server.gql(CONCLUDE, { id: caseId, input: { conclusion, breachConfirmed: true } }, { token: assessor });
      expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.conclusion' });
    }
    const missing = await api.server.gql(`mutation ($id: ID!) { concludeAccountabilityCase(id: $id, input: { breachConfirmed: true }) { id } }`, { id: caseId }, { token: assessor });
    expect(missing.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const still = await api.server.gql(`query ($id: ID!) { accountabilityCase(id: $id) { status } }`, { id: caseId }, { token: assessor });
    expect(still.data.accountabilityCase.status).toBe('OPEN');

    const concluded = await api.server.gql(CONCLUDE, { id: caseId, input: { conclusion: '经查属实，给予诫勉谈话，购物卡已退还。', breachConfirmed: true } }, { token: assessor });
    expect(concluded.errors).toBeUndefined();
    expect(concluded.data.concludeAccountabilityCase).toMatchObject({ status: 'CONCLUDED', conclusion: '经查属实，给予诫勉谈话，购物卡已退还。', breachConfirmed: true });
    expect(concluded.data.concludeAccountabilityCase.concludedAt).toEqual(expect.any(String));
    const twice = await api.server.gql(CONCLUDE, { id: caseId, input: { conclusion: '改为不属实', breachConfirmed: false } }, { token: assessor });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    const late = await api.server.gql(UPDATE, { id: caseId, input: { summary: '事后修改' } }, { token: assessor });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('reports a concluded breach as that year\'s red-line breach, and nothing for an unconfirmed or open case', async () => {
    const unconfirmed = await api.server.gql(CREATE, { input: { officialId: official.id, year: 2025, handledBy: 'ORGANIZATION_DEPARTMENT', summary: '工作日饮酒的举报' } });
    expect(unconfirmed.errors).toBeUndefined();
    await api.server.gql(CONCLUDE, { id: unconfirmed.data.createAccountabilityCase.id, input: { conclusion: '经查不属实。', breachConfirmed: false } });
    const open = await api.server.gql(CREATE, { input: { officialId: official.id, year: 2024, handledBy: 'DISCIPLINE_INSPECTION', summary: '尚在调查' } }, { token: assessor });
    expect(open.errors).toBeUndefined();

    const read = await api.server.gql(
      `query ($o: ID!) {
        official(id: $o) { redLineBreaches }
        breached: accountabilityCases(filter: { officialId: $o, breachConfirmed: true }) { totalCount nodes { year official { name } responsibilityItem { kind } } }
        open: accountabilityCases(filter: { status: OPEN }) { totalCount }
        inWaitan: accountabilityCases(filter: { subdistrictId: "${waitan}", year: 2025 }) { nodes { breachConfirmed } }
      }`,
      { o: official.id },
      { token: assessor },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      official: { redLineBreaches: [2026] },
      breached: { totalCount: 1, nodes: [{ year: 2026, official: { name: official.name }, responsibilityItem: { kind: 'RED_LINE' } }] },
      open: { totalCount: 1 },
      inWaitan: { nodes: [{ breachConfirmed: false }] },
    });
  });

  it('reads the breaches of 50 officials in three SQL statements (one the session check), as of 5', async () => {
    const QUERY = `query ($s: ID!, $n: Int) { officials(filter: { subdistrictId: $s }, first: $n) { nodes { redLineBreaches } } }`;
    let res: any;
    const big = await api.server.countQueries(async () => {
      res = await api.server.gql(QUERY, { s: waitan, n: 50 });
    });
    expect(res.data.officials.nodes.filter((n: any) => n.redLineBreaches.length > 0)).toEqual([{ redLineBreaches: [2026] }]);
    expect(big).toBe(3);
    expect(await api.server.countQueries(() => api.server.gql(QUERY, { s: waitan, n: 5 }))).toBe(3);
  });

  it('hides cases from other subdistricts and from roles that do not handle them', async () => {
    const outside = await api.server.gql(`query ($id: ID!) { accountabilityCase(id: $id) { id } accountabilityCases { totalCount } }`, { id: caseId }, { token: nanjingAssessor });
    expect(outside.data).toEqual({ accountabilityCase: null, accountabilityCases: { totalCount: 0 } });
    const change = await api.server.gql(UPDATE, { id: caseId, input: { summary: '越权' } }, { token: nanjingAssessor });
    expect(change.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const conclude = await api.server.gql(CONCLUDE, { id: caseId, input: { conclusion: '越权', breachConfirmed: false } }, { token: nanjingAssessor });
    expect(conclude.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const open = await api.server.gql(CREATE, { input: { officialId: official.id, year: 2026, handledBy: 'DISCIPLINE_INSPECTION', summary: '越权' } }, { token: nanjingAssessor });
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.officialId' });

    const chair = await api.server.login('waitan.chair');
    const chairRead = await api.server.gql(`query ($id: ID!) { accountabilityCase(id: $id) { id } accountabilityCases { totalCount } }`, { id: caseId }, { token: chair });
    expect(chairRead.data).toEqual({ accountabilityCase: null, accountabilityCases: { totalCount: 0 } });
    const chairOpen = await api.server.gql(CREATE, { input: { officialId: official.id, year: 2026, handledBy: 'DISCIPLINE_INSPECTION', summary: '无权' } }, { token: chair });
    expect(chairOpen.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('writes every change to the audit log with its actor', async () => {
    const [{ id: assessorId }] = await api.server.db.query(`SELECT id FROM app_user WHERE username = 'huangpu.assessor'`);
    const rows: { action: string; actor_id: string; entity_id: string; before: any; after: any }[] = await api.server.db.query(
      `SELECT action, actor_id, entity_id, before, after FROM audit_event WHERE entity_type = 'AccountabilityCase' ORDER BY at`,
    );
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    expect([count('accountability_case.opened'), count('accountability_case.updated'), count('accountability_case.concluded')]).toEqual([3, 1, 2]);
    const concluded = rows.find((r) => r.action === 'accountability_case.concluded' && r.entity_id === caseId)!;
    expect(concluded).toMatchObject({ actor_id: assessorId, before: { status: 'OPEN', conclusion: null }, after: { status: 'CONCLUDED', breachConfirmed: true } });
    const history = await api.server.gql(`query ($id: ID!) { auditEvents(entityType: "AccountabilityCase", entityId: $id) { totalCount } }`, { id: caseId }, { token: assessor });
    expect(history.data.auditEvents.totalCount).toBe(3);
    const hidden = await api.server.gql(`query ($id: ID!) { auditEvents(entityType: "AccountabilityCase", entityId: $id) { totalCount } }`, { id: caseId }, { token: nanjingAssessor });
    expect(hidden.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
