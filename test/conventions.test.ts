/**
 * Building conventions (居民公约, docs/rules.md rule 14): a version takes effect only when at least
 * two thirds of the building's households approved it with their one-time household codes; the
 * count is public, the household behind an answer is kept nowhere; households added later leave
 * an effective version in effect and raise the threshold of later versions.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';
import {
  APPROVE_CONVENTION,
  CONVENTION_VERSIONS,
  CREATE_BUILDING,
  CREATE_CONVENTION,
  ISSUE_HOUSEHOLD_CODES,
  UPDATE_BUILDING,
} from './support/operations';

const api = useTestApi({ withShanghai: true });

/** A household's answer, sent without signing in. */
function answer(code: string, approve = true) {
  return api.server.gql(APPROVE_CONVENTION, { input: { code, approve } }, { token: null });
}

/** The convention's versions as an ADMIN reads them. */
async function versionsOf(conventionId: string) {
  return expectData(await api.server.gql(CONVENTION_VERSIONS, { id: conventionId })).buildingConvention;
}

const ADD_VERSION = `mutation ($input: AddConventionVersionInput!) { addConventionVersion(input: $input) { id number status } }`;

describe('a convention takes effect at two thirds of the households (docs/rules.md rule 14)', () => {
  it('exactly two thirds takes effect; one short does not; the count is public, the households are not', async () => {
    const f = await make.conventionBuilding(api.server, { households: 6 });
    expect(f.codes).toHaveLength(6);
    // 3 approvals and 1 rejection of 6 households: one short of 4 (= 2/3 of 6).
    for (const code of f.codes.slice(0, 3)) expectData(await answer(code));
    const short = expectData(await answer(f.codes[3], false)).approveConvention;
    expect(short).toMatchObject({ status: 'OPEN', approvals: 3, rejections: 1, households: 6, requiredApprovals: 4 });
    let read = await versionsOf(f.conventionId);
    expect(read!.effectiveVersion).toBeNull();
    expect(read!.versions[0]).toMatchObject({
      status: 'OPEN',
      effectiveAt: null,
      householdsAtEffect: null,
      codesIssued: 6,
    });

    // The fourth approval: exactly two thirds.
    const met = expectData(await answer(f.codes[4])).approveConvention;
    expect(met).toMatchObject({
      status: 'EFFECTIVE',
      approvals: 4,
      rejections: 1,
      households: 6,
      requiredApprovals: 4,
    });
    read = await versionsOf(f.conventionId);
    expect(read!.effectiveVersion).toEqual({ id: f.versionId, number: 1 });
    expect(read!.versions[0]).toMatchObject({ status: 'EFFECTIVE', householdsAtEffect: 6 });
    expect(typeof read!.versions[0].effectiveAt).toBe('string');

    // The 街道 reads the count by version id (residents read it with their code: test/convention-tally.test.ts).
    const tally = await api.server.gql(
      `query ($v: ID!) { conventionTally(versionId: $v) { approvals rejections status requiredApprovals } }`,
      { v: f.versionId },
    );
    expect(expectData(tally).conventionTally).toEqual({
      approvals: 4,
      rejections: 1,
      status: 'EFFECTIVE',
      requiredApprovals: 4,
    });

    // Nothing links a code to its answer: the codes only say "used", the audit entries have no actor and only the hour.
    const columns: { column_name: string }[] = await api.server.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'household_code' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'code_hash',
      'id',
      'issued_by_id',
      'used',
      'version_id',
      'voided',
    ]);
    const audits: { actor_id: string | null; at: Date }[] = await api.server.db.query(
      `SELECT actor_id, at FROM audit_event WHERE entity_id = $1 AND action = 'convention_version.answered'`,
      [f.versionId],
    );
    expect(audits).toHaveLength(5);
    for (const row of audits) {
      expect(row.actor_id).toBeNull();
      expect(new Date(row.at).getUTCMinutes() + new Date(row.at).getUTCSeconds()).toBe(0);
    }
    const effect = await api.server.db.query(
      `SELECT after->>'status' AS status, after->>'householdsAtEffect' AS households FROM audit_event WHERE entity_id = $1 AND action = 'convention_version.took_effect'`,
      [f.versionId],
    );
    expect(effect).toEqual([{ status: 'EFFECTIVE', households: '6' }]);

    // A code left over opens nothing once the version is in effect: its approval has closed.
    expectError(await answer(f.codes[5]), 'BAD_USER_INPUT', 'input.code', {
      reason: 'convention.versionClosed',
      params: { field: 'input.code', status: 'EFFECTIVE' },
    });
  });

  it('with 10 households, 6 approvals are one short and the 7th takes effect', async () => {
    const f = await make.conventionBuilding(api.server, { households: 10 });
    for (const code of f.codes.slice(0, 6)) expectData(await answer(code));
    expect((await versionsOf(f.conventionId))!.versions[0]).toMatchObject({
      status: 'OPEN',
      approvals: 6,
      requiredApprovals: 7,
    });
    expect(expectData(await answer(f.codes[6])).approveConvention).toMatchObject({ status: 'EFFECTIVE', approvals: 7 });
  });

  it('a household code answers once: a second answer is CONFLICT on input.code and changes nothing', async () => {
    const f = await make.conventionBuilding(api.server, { households: 6 });
    expectData(await answer(f.codes[0]));
    expectError(await answer(f.codes[0]), 'CONFLICT', 'input.code');
    expectError(await answer(f.codes[0].toLowerCase().replace('-', ''), false), 'CONFLICT', 'input.code');
    expect((await versionsOf(f.conventionId))!.versions[0]).toMatchObject({
      approvals: 1,
      rejections: 0,
      status: 'OPEN',
    });
    // An unknown code and a voided one open nothing.
    expectError(await answer('AAAAA-BBBBB'), 'BAD_USER_INPUT', 'input.code');
    const voided = await api.server.gql(
      `mutation ($input: VoidHouseholdCodesInput!) { voidHouseholdCodes(input: $input) { voided } }`,
      { input: { versionId: f.versionId, codes: [f.codes[1]] } },
    );
    expect(expectData(voided).voidHouseholdCodes.voided).toBe(1);
    expectError(await answer(f.codes[1]), 'BAD_USER_INPUT', 'input.code');
    // A used code cannot be voided.
    const usedVoid = await api.server.gql(
      `mutation ($input: VoidHouseholdCodesInput!) { voidHouseholdCodes(input: $input) { voided } }`,
      { input: { versionId: f.versionId, codes: [f.codes[0]] } },
    );
    expectError(usedVoid, 'CONFLICT', 'input.codes');
  });

  it('the same code sent 5 times at once counts once; the 4 others are CONFLICT on input.code', async () => {
    // 6 households: the version stays OPEN; 1 household: the first answer makes it take effect.
    for (const households of [6, 1]) {
      const f = await make.conventionBuilding(api.server, { households });
      const answers = await Promise.all(Array.from({ length: 5 }, () => answer(f.codes[0])));
      expect(answers.filter((res) => !res.errors)).toHaveLength(1);
      for (const res of answers.filter((r) => r.errors))
        expectError(res, 'CONFLICT', 'input.code', { reason: 'convention.householdAnsweredOnce' });
      expect((await versionsOf(f.conventionId))!.versions[0]).toMatchObject({
        approvals: 1,
        rejections: 0,
        status: households === 1 ? 'EFFECTIVE' : 'OPEN',
      });
    }
  });

  it('a code whose version is no longer OPEN says the approval has closed, with the version status', async () => {
    const READ = `query HouseholdConventionOf($c: String!) { householdConvention(code: $c) { title } }`;
    const closed = (status: string, field: string) => ({
      reason: 'convention.versionClosed',
      params: { field, status },
    });
    // Withdrawn: its unused codes are closed; a voided one is still not valid.
    const w = await make.conventionBuilding(api.server, { households: 3 });
    expectData(
      await api.server.gql(
        `mutation ($input: VoidHouseholdCodesInput!) { voidHouseholdCodes(input: $input) { voided } }`,
        { input: { versionId: w.versionId, codes: [w.codes[2]] } },
      ),
    );
    expectData(
      await api.server.gql(`mutation ($id: ID!) { withdrawConventionVersion(id: $id) { id } }`, { id: w.versionId }),
    );
    expectError(await answer(w.codes[0]), 'BAD_USER_INPUT', 'input.code', closed('WITHDRAWN', 'input.code'));
    expectError(await answer(w.codes[2]), 'BAD_USER_INPUT', 'input.code', { reason: 'convention.invalidCode' });
    // In effect, then superseded by version 2: the household that never answered is told so on reading and answering.
    const f = await make.conventionBuilding(api.server, { households: 3 });
    for (const code of f.codes.slice(0, 2)) expectData(await answer(code));
    expectError(
      await api.server.gql(READ, { c: f.codes[2] }, { token: null }),
      'BAD_USER_INPUT',
      'code',
      closed('EFFECTIVE', 'code'),
    );
    const v2 = expectData(
      await api.server.gql(ADD_VERSION, { input: { conventionId: f.conventionId, text: '第二版' } }),
    ).addConventionVersion;
    const codes = expectData(await api.server.gql(ISSUE_HOUSEHOLD_CODES, { input: { versionId: v2.id, count: 2 } }))
      .issueHouseholdCodes.codes;
    for (const code of codes) expectData(await answer(code));
    expectError(await answer(f.codes[2], false), 'BAD_USER_INPUT', 'input.code', closed('SUPERSEDED', 'input.code'));
    // A used code stays CONFLICT however its version ended.
    expectError(await answer(f.codes[0]), 'CONFLICT', 'input.code');
    expect((await versionsOf(f.conventionId))!.versions.map((v: { rejections: number }) => v.rejections)).toEqual([
      0, 0,
    ]);
  });

  it('a household reads the text with its code before answering, without signing in', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3 });
    const read = await api.server.gql(
      `query ($c: String!) { householdConvention(code: $c) { title text tally { approvals households requiredApprovals } } }`,
      { c: f.codes[0] },
      { token: null },
    );
    expect(expectData(read).householdConvention).toMatchObject({
      title: '居民公约',
      tally: { approvals: 0, households: 3, requiredApprovals: 2 },
    });
    expect(expectData(read).householdConvention.text).toContain('垃圾分类');
  });

  it('never more live codes than households: BAD_USER_INPUT on input.count, nothing issued', async () => {
    const f = await make.conventionBuilding(api.server, { households: 4, codes: 3 });
    expectError(
      await api.server.gql(ISSUE_HOUSEHOLD_CODES, { input: { versionId: f.versionId, count: 2 } }),
      'BAD_USER_INPUT',
      'input.count',
    );
    expect((await versionsOf(f.conventionId))!.versions[0].codesIssued).toBe(3);
    // Lowering the households below the live codes of an OPEN version is refused too.
    expectError(
      await api.server.gql(UPDATE_BUILDING, { id: f.buildingId, input: { households: 2 } }),
      'BAD_USER_INPUT',
      'input.households',
    );
  });

  it('households added later: the effective version stays in effect, the next version needs two thirds of the new count', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3 });
    for (const code of f.codes.slice(0, 2)) expectData(await answer(code));
    expect((await versionsOf(f.conventionId))!.versions[0].status).toBe('EFFECTIVE');

    // Three new households move in: 2 of 6 would be short, but version 1 stays in effect on its 3.
    expectData(await api.server.gql(UPDATE_BUILDING, { id: f.buildingId, input: { households: 6 } }));
    let read = await versionsOf(f.conventionId);
    expect(read!.versions[0]).toMatchObject({
      status: 'EFFECTIVE',
      householdsAtEffect: 3,
      households: 3,
      requiredApprovals: 2,
    });
    expect(read!.effectiveVersion!.number).toBe(1);

    // Version 2 counts on 6 households: 3 approvals are short, the 4th takes effect and supersedes version 1.
    const v2 = expectData(
      await api.server.gql(ADD_VERSION, {
        input: { conventionId: f.conventionId, text: '一、爱护公共设施；二、电动车不进楼道。' },
      }),
    ).addConventionVersion;
    expect(v2).toMatchObject({ number: 2, status: 'OPEN' });
    // Only one OPEN version at a time.
    expectError(
      await api.server.gql(ADD_VERSION, { input: { conventionId: f.conventionId, text: '第三版' } }),
      'CONFLICT',
      'input.conventionId',
    );
    const codes = expectData(await api.server.gql(ISSUE_HOUSEHOLD_CODES, { input: { versionId: v2.id, count: 6 } }))
      .issueHouseholdCodes.codes;
    for (const code of codes.slice(0, 3)) expectData(await answer(code));
    read = await versionsOf(f.conventionId);
    expect(read!.versions[1]).toMatchObject({ status: 'OPEN', approvals: 3, households: 6, requiredApprovals: 4 });
    expect(read!.effectiveVersion!.number).toBe(1);
    expect(expectData(await answer(codes[3])).approveConvention).toMatchObject({ status: 'EFFECTIVE', approvals: 4 });
    read = await versionsOf(f.conventionId);
    expect(read!.versions.map((v: { status: string }) => v.status)).toEqual(['SUPERSEDED', 'EFFECTIVE']);
    expect(read!.effectiveVersion!.number).toBe(2);
  });

  it('households removed: an OPEN version whose approvals now reach two thirds takes effect with the change', async () => {
    const f = await make.conventionBuilding(api.server, { households: 9, codes: 7 });
    for (const code of f.codes.slice(0, 5)) expectData(await answer(code));
    expect((await versionsOf(f.conventionId))!.versions[0]).toMatchObject({ status: 'OPEN', requiredApprovals: 6 });
    expectError(
      await api.server.gql(UPDATE_BUILDING, { id: f.buildingId, input: { households: 6 } }),
      'BAD_USER_INPUT',
      'input.households',
    );
    expectData(await api.server.gql(UPDATE_BUILDING, { id: f.buildingId, input: { households: 7 } }));
    expect((await versionsOf(f.conventionId))!.versions[0]).toMatchObject({
      status: 'EFFECTIVE',
      approvals: 5,
      householdsAtEffect: 7,
      requiredApprovals: 5,
    });
  });
});

describe('buildings, breaches and who may do what (docs/rules.md rule 14)', () => {
  it('bad input names the field; scope and roles are those of the rest of Pingyi', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3, codes: 0 });
    const input = { neighborhoodId: f.neighborhoodId, name: '12号楼', households: 40 };
    expectData(await api.server.gql(CREATE_BUILDING, { input }));
    expectError(await api.server.gql(CREATE_BUILDING, { input }), 'CONFLICT', 'input.name');
    expectError(
      await api.server.gql(CREATE_BUILDING, { input: { ...input, name: '13号楼', households: 0 } }),
      'BAD_USER_INPUT',
      'input.households',
    );
    expectError(
      await api.server.gql(CREATE_BUILDING, {
        input: { ...input, neighborhoodId: '00000000-0000-4000-8000-000000000000' },
      }),
      'BAD_USER_INPUT',
      'input.neighborhoodId',
    );
    const nanjingAdmin = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    });
    expectError(
      await api.server.gql(CREATE_BUILDING, { input: { ...input, name: '14号楼' } }, { token: nanjingAdmin.token }),
      'FORBIDDEN',
    );
    // Outside the scope, the building does not exist.
    const hidden = await api.server.gql(
      `query ($id: ID!) { building(id: $id) { id } }`,
      { id: f.buildingId },
      { token: nanjingAdmin.token },
    );
    expect(expectData(hidden).building).toBeNull();
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expectError(
      await api.server.gql(
        ISSUE_HOUSEHOLD_CODES,
        { input: { versionId: f.versionId, count: 1 } },
        { token: rep.token },
      ),
      'FORBIDDEN',
    );
    const seen = await api.server.gql(
      `query ($id: ID!) { building(id: $id) { households } }`,
      { id: f.buildingId },
      { token: rep.token },
    );
    expect(expectData(seen).building!.households).toBe(3);
    // Service tokens read only with self-governance:read.
    const without = await make.serviceToken(api.server, { scopes: ['OFFICIALS_READ'] });
    expectError(
      await api.server.gql(`{ buildingConventions { totalCount } }`, {}, { token: without.token }),
      'FORBIDDEN',
    );
    const withScope = await make.serviceToken(api.server, { scopes: ['SELF_GOVERNANCE_READ'] });
    const listed = await api.server.gql(
      `query ($b: ID!) { buildingConventions(filter: { buildingId: $b }) { totalCount nodes { id } } }`,
      { b: f.buildingId },
      { token: withScope.token },
    );
    expect(expectData(listed).buildingConventions).toEqual({ totalCount: 1, nodes: [{ id: f.conventionId }] });
  });

  it('a building has one convention: a second is CONFLICT on input.buildingId, also when sent at once', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3, codes: 0 });
    const second = { buildingId: f.buildingId, title: '另一份公约', text: '另一份文本' };
    expectError(await api.server.gql(CREATE_CONVENTION, { input: second }), 'CONFLICT', 'input.buildingId', {
      reason: 'convention.buildingHasConvention',
    });
    const building = expectData(
      await api.server.gql(CREATE_BUILDING, {
        input: { neighborhoodId: f.neighborhoodId, name: '公约楼', households: 5 },
      }),
    ).createBuilding;
    const racing = await Promise.all(
      [1, 2, 3].map((n) =>
        api.server.gql(CREATE_CONVENTION, { input: { buildingId: building.id, title: `公约${n}`, text: '文本' } }),
      ),
    );
    expect(racing.filter((res) => !res.errors)).toHaveLength(1);
    for (const res of racing.filter((r) => r.errors)) expectError(res, 'CONFLICT', 'input.buildingId');
    const count = `query ($b: ID!) { buildingConventions(filter: { buildingId: $b }) { totalCount } }`;
    for (const b of [f.buildingId, building.id])
      expect(expectData(await api.server.gql(count, { b })).buildingConventions.totalCount).toBe(1);
  });

  it('a breach is recorded only against a convention in effect, with follow-ups of the three parties, audited', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3 });
    const RECORD = `mutation ($input: RecordConventionBreachInput!) { recordConventionBreach(input: $input) { id versionId occurredOn publicPropertyDamaged } }`;
    const breach = {
      conventionId: f.conventionId,
      occurredOn: '2026-11-20',
      description: '3楼住户在楼道堆放杂物，堵塞消防通道。',
    };
    expectError(await api.server.gql(RECORD, { input: breach }), 'BAD_USER_INPUT', 'input.conventionId');
    for (const code of f.codes.slice(0, 2)) expectData(await answer(code));
    expectError(
      await api.server.gql(RECORD, { input: { ...breach, occurredOn: '1999-01-01' } }),
      'BAD_USER_INPUT',
      'input.occurredOn',
    );
    const recorded = expectData(
      await api.server.gql(RECORD, { input: { ...breach, publicPropertyDamaged: true } }),
    ).recordConventionBreach;
    expect(recorded).toMatchObject({ versionId: f.versionId, occurredOn: '2026-11-20', publicPropertyDamaged: true });
    const FOLLOW = `mutation ($input: FollowUpConventionBreachInput!) { followUpConventionBreach(input: $input) { id followUps { party action } } }`;
    const steps = [
      { party: 'RESIDENTS_COMMITTEE', action: '上门劝导，当日清理。' },
      { party: 'PROPERTY_COMPANY', action: '巡查楼道，张贴提示。' },
      { party: 'OWNERS_COMMITTEE', action: '业主大会通报。' },
    ];
    let followUps: unknown[] = [];
    for (const step of steps)
      followUps = expectData(await api.server.gql(FOLLOW, { input: { breachId: recorded.id, ...step } }))
        .followUpConventionBreach.followUps;
    expect(followUps).toEqual(steps);
    const rows = await api.server.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, id`, [
      recorded.id,
    ]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      'convention_breach.recorded',
      'convention_breach.followed_up',
      'convention_breach.followed_up',
      'convention_breach.followed_up',
    ]);
    const listed = await api.server.gql(
      `query ($c: ID!) { conventionBreaches(filter: { conventionId: $c }) { totalCount nodes { id convention { id } version { number } } } }`,
      { c: f.conventionId },
    );
    expect(expectData(listed).conventionBreaches).toEqual({
      totalCount: 1,
      nodes: [{ id: recorded.id, convention: { id: f.conventionId }, version: { number: 1 } }],
    });
  });

  it('a list of conventions with their versions costs the same statements whatever its length', async () => {
    const LIST = `query ($s: ID!) { buildingConventions(filter: { subdistrictId: $s }, first: 50) { nodes { id building { name households } versions { number status approvals households requiredApprovals codesIssued } effectiveVersion { number } } } }`;
    const s = (await make.places(api.server)).waitan;
    await make.conventionBuilding(api.server, { households: 3 });
    const count = async () => {
      let n = 0;
      const statements = await api.server.countQueries(async () => {
        n = (await make.ok(api.server, LIST, { s })).buildingConventions.nodes.length;
      });
      return { n, statements };
    };
    const before = await count();
    await make.conventionBuilding(api.server, { households: 4 });
    await make.conventionBuilding(api.server, { households: 5 });
    const after = await count();
    expect(after.n).toBe(before.n + 2);
    expect(after.statements).toBe(before.statements);
    // the session check, the page, the buildings, the versions, the live codes
    expect(after.statements).toBeLessThanOrEqual(5);
  });
});
