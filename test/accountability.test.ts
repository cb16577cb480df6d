import { idByCode, useTestApi, type GqlResponse, type AuditState } from './support/api';
import * as make from './support/factories';
import { CONCLUDE_CASE as CONCLUDE, CREATE_CASE as CREATE } from './support/operations';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const UPDATE = `mutation ($id: ID!, $input: UpdateAccountabilityCaseInput!) { updateAccountabilityCase(id: $id, input: $input) { id handledBy summary status } }`;

/** A civil servant of 外滩街道 with their 2026 responsibility list's red-line and duty items. */
interface Person {
  id: string;
  name: string;
  redLine: { id: string };
  duty: { id: string };
}

// Every test works on an official of its own (and makes its own cases), so the tests run in any
// order: `people[i]` is the i-th civil servant of 外滩街道 by name, `people[0]` the first test's.
describe('accountability cases (docs/rules.md rule 9)', () => {
  let waitan: string;
  let people: Person[];
  let assessor: string;
  let nanjingAssessor: string;

  /** Opens a case as the district's assessor and returns its id. */
  const openCase = async (input: Record<string, unknown>): Promise<string> => {
    const created = await api.server.gql(CREATE, { input }, { token: assessor });
    expect(created.errors).toBeUndefined();
    return created.data!.createAccountabilityCase.id;
  };

  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const res = await api.server.gql(
      `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: CIVIL_SERVANT }, first: 6, orderBy: [{ field: NAME }]) { nodes { id name responsibilityItems(year: 2026) { id kind } } } }`,
      { s: waitan },
    );
    people = res.data!.officials.nodes.map((node) => ({
      id: node.id,
      name: node.name,
      redLine: node.responsibilityItems.find((i) => i.kind === 'RED_LINE')!,
      duty: node.responsibilityItems.find((i) => i.kind === 'DUTY')!,
    }));
    expect(people).toHaveLength(6);
    assessor = await api.server.login('huangpu.assessor');
    // An ASSESSOR of 南京东路街道: outside 外滩街道's scope.
    ({ token: nanjingAssessor } = await make.user(api.server, {
      role: 'ASSESSOR',
      subdistrictId: (await make.places(api.server)).nanjing,
    }));
  });

  it('opens a case about a red-line item and changes it while OPEN', async () => {
    const official = people[0];
    const input = {
      officialId: official.id,
      year: 2026,
      responsibilityItemId: official.redLine.id,
      handledBy: 'DISCIPLINE_INSPECTION',
      summary: '居民反映其收受辖区商户购物卡',
    };
    const created = await api.server.gql(CREATE, { input }, { token: assessor });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAccountabilityCase).toMatchObject({
      ...input,
      status: 'OPEN',
      conclusion: null,
      breachConfirmed: null,
      concludedAt: null,
    });
    const caseId = created.data!.createAccountabilityCase.id;
    const changed = await api.server.gql(
      UPDATE,
      { id: caseId, input: { handledBy: 'ORGANIZATION_DEPARTMENT', summary: '居民反映其收受辖区商户购物卡两张' } },
      { token: assessor },
    );
    expect(changed.data!.updateAccountabilityCase).toEqual({
      id: caseId,
      handledBy: 'ORGANIZATION_DEPARTMENT',
      summary: '居民反映其收受辖区商户购物卡两张',
      status: 'OPEN',
    });

    const bad: [Record<string, unknown>, string][] = [
      [{ responsibilityItemId: official.duty.id }, 'input.responsibilityItemId'],
      [{ year: 2025 }, 'input.responsibilityItemId'],
      [{ summary: '  ' }, 'input.summary'],
      [{ summary: '\u200b\u200c \u200d\u2060\ufeff' }, 'input.summary'],
      [{ year: 1999 }, 'input.year'],
    ];
    for (const [change, field] of bad) {
      const res = await api.server.gql(CREATE, { input: { ...input, ...change } }, { token: assessor });
      expect({ change, extensions: res.errors?.[0].extensions }).toEqual({
        change,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
  });

  it('concludes only with a written conclusion, and only once', async () => {
    const official = people[1];
    const caseId = await openCase({
      officialId: official.id,
      year: 2026,
      responsibilityItemId: official.redLine.id,
      handledBy: 'DISCIPLINE_INSPECTION',
      summary: '居民反映其收受辖区商户购物卡',
    });
    for (const conclusion of ['', '   ', '\u200b\u200c \u200d\u2060\ufeff']) {
      const blank = await api.server.gql(
        CONCLUDE,
        { id: caseId, input: { conclusion, breachConfirmed: true } },
        { token: assessor },
      );
      expectError(blank, 'BAD_USER_INPUT', 'input.conclusion');
    }
    const missing = await api.server.gql(
      `mutation ($id: ID!) { concludeAccountabilityCase(id: $id, input: { breachConfirmed: true }) { id } }`,
      { id: caseId },
      { token: assessor },
    );
    expectError(missing, 'BAD_USER_INPUT');
    const still = await api.server.gql(
      `query ($id: ID!) { accountabilityCase(id: $id) { status } }`,
      { id: caseId },
      { token: assessor },
    );
    expect(still.data!.accountabilityCase!.status).toBe('OPEN');

    const concluded = await api.server.gql(
      CONCLUDE,
      { id: caseId, input: { conclusion: '经查属实，给予诫勉谈话，购物卡已退还。', breachConfirmed: true } },
      { token: assessor },
    );
    expect(concluded.errors).toBeUndefined();
    expect(concluded.data!.concludeAccountabilityCase).toMatchObject({
      status: 'CONCLUDED',
      conclusion: '经查属实，给予诫勉谈话，购物卡已退还。',
      breachConfirmed: true,
    });
    expect(concluded.data!.concludeAccountabilityCase.concludedAt).toEqual(expect.any(String));
    const twice = await api.server.gql(
      CONCLUDE,
      { id: caseId, input: { conclusion: '改为不属实', breachConfirmed: false } },
      { token: assessor },
    );
    expectError(twice, 'CONFLICT');
    const late = await api.server.gql(UPDATE, { id: caseId, input: { summary: '事后修改' } }, { token: assessor });
    expectError(late, 'CONFLICT');
  });

  it("reports a concluded breach as that year's red-line breach, and nothing for an unconfirmed or open case", async () => {
    const official = people[2];
    const breach = await openCase({
      officialId: official.id,
      year: 2026,
      responsibilityItemId: official.redLine.id,
      handledBy: 'DISCIPLINE_INSPECTION',
      summary: '收受购物卡',
    });
    await api.server.gql(
      CONCLUDE,
      { id: breach, input: { conclusion: '经查属实。', breachConfirmed: true } },
      { token: assessor },
    );
    const unconfirmed = await api.server.gql(CREATE, {
      input: { officialId: official.id, year: 2025, handledBy: 'ORGANIZATION_DEPARTMENT', summary: '工作日饮酒的举报' },
    });
    expect(unconfirmed.errors).toBeUndefined();
    await api.server.gql(CONCLUDE, {
      id: unconfirmed.data!.createAccountabilityCase.id,
      input: { conclusion: '经查不属实。', breachConfirmed: false },
    });
    const open = await api.server.gql(
      CREATE,
      { input: { officialId: official.id, year: 2024, handledBy: 'DISCIPLINE_INSPECTION', summary: '尚在调查' } },
      { token: assessor },
    );
    expect(open.errors).toBeUndefined();

    const read = await api.server.gql(
      `query ($o: ID!) {
        official(id: $o) { redLineBreaches }
        breached: accountabilityCases(filter: { officialId: $o, breachConfirmed: true }) { totalCount nodes { year official { name } responsibilityItem { kind } } }
        open: accountabilityCases(filter: { officialId: $o, status: OPEN }) { totalCount }
        inWaitan: accountabilityCases(filter: { officialId: $o, subdistrictId: "${waitan}", year: 2025 }) { nodes { breachConfirmed } }
      }`,
      { o: official.id },
      { token: assessor },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      official: { redLineBreaches: [2026] },
      breached: {
        totalCount: 1,
        nodes: [{ year: 2026, official: { name: official.name }, responsibilityItem: { kind: 'RED_LINE' } }],
      },
      open: { totalCount: 1 },
      inWaitan: { nodes: [{ breachConfirmed: false }] },
    });
  });

  it('reads the breaches of 50 officials in three SQL statements (one the session check), as of 5', async () => {
    const QUERY = `query ($s: ID!, $n: Int) { officials(filter: { subdistrictId: $s }, first: $n) { nodes { id redLineBreaches } } }`;
    // A breach of 2023 for one of the first five officials listed who is none of the other tests'.
    const listed = (await api.server.gql(QUERY, { s: waitan, n: 5 })).data!.officials.nodes.map((n) => n.id);
    const target = listed.find((id: string) => !people.some((p) => p.id === id));
    const caseId = await openCase({
      officialId: target,
      year: 2023,
      handledBy: 'DISCIPLINE_INSPECTION',
      summary: '违规操办宴席',
    });
    await api.server.gql(
      CONCLUDE,
      { id: caseId, input: { conclusion: '经查属实。', breachConfirmed: true } },
      { token: assessor },
    );
    let res!: GqlResponse;
    const big = await api.server.countQueries(async () => {
      res = await api.server.gql(QUERY, { s: waitan, n: 50 });
    });
    expect(res.data!.officials.nodes.find((n) => n.id === target)!.redLineBreaches).toEqual([2023]);
    expect(big).toBe(3);
    expect(await api.server.countQueries(() => api.server.gql(QUERY, { s: waitan, n: 5 }))).toBe(3);
  });

  it('hides cases from other subdistricts and from roles that do not handle them', async () => {
    const official = people[4];
    const caseId = await openCase({
      officialId: official.id,
      year: 2026,
      handledBy: 'DISCIPLINE_INSPECTION',
      summary: '居民反映的问题',
    });
    const outside = await api.server.gql(
      `query ($id: ID!) { accountabilityCase(id: $id) { id } accountabilityCases { totalCount } }`,
      { id: caseId },
      { token: nanjingAssessor },
    );
    expect(outside.data).toEqual({ accountabilityCase: null, accountabilityCases: { totalCount: 0 } });
    const change = await api.server.gql(UPDATE, { id: caseId, input: { summary: '越权' } }, { token: nanjingAssessor });
    expectError(change, 'NOT_FOUND');
    const conclude = await api.server.gql(
      CONCLUDE,
      { id: caseId, input: { conclusion: '越权', breachConfirmed: false } },
      { token: nanjingAssessor },
    );
    expectError(conclude, 'NOT_FOUND');
    const open = await api.server.gql(
      CREATE,
      { input: { officialId: official.id, year: 2026, handledBy: 'DISCIPLINE_INSPECTION', summary: '越权' } },
      { token: nanjingAssessor },
    );
    expectError(open, 'BAD_USER_INPUT', 'input.officialId');

    const chair = await api.server.login('waitan.chair');
    const chairRead = await api.server.gql(
      `query ($id: ID!) { accountabilityCase(id: $id) { id } accountabilityCases { totalCount } }`,
      { id: caseId },
      { token: chair },
    );
    expect(chairRead.data).toEqual({ accountabilityCase: null, accountabilityCases: { totalCount: 0 } });
    const chairOpen = await api.server.gql(
      CREATE,
      { input: { officialId: official.id, year: 2026, handledBy: 'DISCIPLINE_INSPECTION', summary: '无权' } },
      { token: chair },
    );
    expectError(chairOpen, 'FORBIDDEN');
  });

  it('writes every change to the audit log with its actor', async () => {
    const official = people[5];
    const caseId = await openCase({
      officialId: official.id,
      year: 2026,
      responsibilityItemId: official.redLine.id,
      handledBy: 'DISCIPLINE_INSPECTION',
      summary: '收受礼金',
    });
    await api.server.gql(UPDATE, { id: caseId, input: { summary: '收受礼金两次' } }, { token: assessor });
    await api.server.gql(
      CONCLUDE,
      { id: caseId, input: { conclusion: '经查属实，责令退还。', breachConfirmed: true } },
      { token: assessor },
    );
    const [{ id: assessorId }] = await api.server.db.query(
      `SELECT id FROM app_user WHERE username = 'huangpu.assessor'`,
    );
    const rows: { action: string; actor_id: string; before: AuditState; after: AuditState }[] =
      await api.server.db.query(
        `SELECT action, actor_id, before, after FROM audit_event WHERE entity_type = 'AccountabilityCase' AND entity_id = $1 ORDER BY at`,
        [caseId],
      );
    expect(rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['accountability_case.opened', assessorId],
      ['accountability_case.updated', assessorId],
      ['accountability_case.concluded', assessorId],
    ]);
    expect(rows[2]).toMatchObject({
      before: { status: 'OPEN', conclusion: null },
      after: { status: 'CONCLUDED', breachConfirmed: true },
    });
    const history = await api.server.gql(
      `query ($id: ID!) { auditEvents(entityType: "AccountabilityCase", entityId: $id) { totalCount } }`,
      { id: caseId },
      { token: assessor },
    );
    expect(history.data!.auditEvents.totalCount).toBe(3);
    const hidden = await api.server.gql(
      `query ($id: ID!) { auditEvents(entityType: "AccountabilityCase", entityId: $id) { totalCount } }`,
      { id: caseId },
      { token: nanjingAssessor },
    );
    expectError(hidden, 'NOT_FOUND');
  });
});
