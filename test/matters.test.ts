/**
 * docs/rules.md rule 13 through the API: the reform's fire-lane case (自治办 → 管理办 → 平安办 → back to
 * 自治办) with the delay each office is charged in working days across the 2025 National Day
 * holiday, the run-around flag, the PARTY_GOVERNMENT office's decision, and the deadlines of each
 * type across that holiday and its make-up working days (Sunday 2025-09-28, Saturday 2025-10-11).
 */
import { useTestApi } from './support/api';
import { MATTER_FIELDS, MatterFixture, receive, restoreClock, setClock, setUpMatters } from './support/matter-fixture';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
let f: MatterFixture;

beforeAll(async () => {
  f = await setUpMatters(api.server, 'mt');
});
afterEach(restoreClock);

const FIRE_LANE = {
  type: 'COMPLAINT',
  channel: 'COUNTER',
  title: '消防通道被改成停车场',
  description: '业委会主任反映：相邻小区把消防通道改成了停车场，物业收费却不管理。',
  place: '外滩街道某小区东侧消防通道',
  reporterName: '张建国',
  reporterPhone: '13812345678',
};

const transfer = (id: string, input: Record<string, unknown>, token: string) =>
  api.server.gql(
    `mutation ($id: ID!, $input: TransferMatterInput!) { transferMatter(id: $id, input: $input) { ${MATTER_FIELDS} } }`,
    { id, input },
    { token },
  );

describe('the fire-lane case (rule 13: first receiver, charged transfers, run-around)', () => {
  it('charges each office the working days it held the matter, flags the run-around and lets PARTY_GOVERNMENT decide', async () => {
    // Tuesday 2025-09-30 10:00, the eve of National Day: 自治办 receives the complaint and owns it.
    setClock('2025-09-30T10:00:00+08:00');
    const { matter: received, trackingCode } = await receive(api.server, f.tokens.selfGovernance, {
      ...FIRE_LANE,
      subdistrictId: f.waitanId,
      neighborhoodId: f.waitanNeighborhoodId,
    });
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(received).toMatchObject({
      status: 'RECEIVED',
      ownerOfficeId: f.offices.selfGovernance.id,
      receiverName: '社区自治办公室',
      transferCount: 0,
      runAround: false,
    });
    // Due at the end of the 5th working day after the day of receipt: 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14.
    expect(received.dueAt).toBe('2025-10-14T16:00:00.000Z');
    expect(received.responseDueAt).toBe('2025-10-09T16:00:00.000Z');
    const id = received.id;

    // Thursday 10-09 10:00, first working day after the holiday: 自治办 says it belongs to 管理办.
    setClock('2025-10-09T10:00:00+08:00');
    const first = await transfer(
      id,
      { targetOfficeId: f.offices.management.id, duty: '城市综合管理', reason: '停车管理属于城市综合管理' },
      f.tokens.selfGovernance,
    );
    expect(first.errors).toBeUndefined();
    // Held 09-30 10:00–24:00 (14/24) and 10-09 00:00–10:00 (10/24); the holiday 10-01…10-08 counts nothing.
    expect(first.data!.transferMatter.events.at(-1)).toMatchObject({
      kind: 'TRANSFERRED',
      officeId: f.offices.selfGovernance.id,
      targetOfficeId: f.offices.management.id,
      duty: '城市综合管理',
      chargedWorkingDays: 1,
    });
    expect(first.data!.transferMatter).toMatchObject({
      ownerOfficeId: f.offices.management.id,
      transferCount: 1,
      dueAt: '2025-10-14T16:00:00.000Z',
    });

    // 自治办 no longer owns it: it may not resolve it.
    const notOwner = await api.server.gql(
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已处理" }) { id } }`,
      { id },
      { token: f.tokens.selfGovernance },
    );
    expect(notOwner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });

    // Saturday 10-11 15:00, a make-up working day: 管理办 says 平安办.
    setClock('2025-10-11T15:00:00+08:00');
    const second = await transfer(
      id,
      { targetOfficeId: f.offices.safety.id, duty: '综合治理和维护稳定', reason: '消防安全属于综合治理' },
      f.tokens.management,
    );
    expect(second.errors).toBeUndefined();
    // 10-09 from 10:00 (14/24), all of 10-10, 10-11 until 15:00 (15/24): 53/24 working days.
    expect(second.data!.transferMatter.events.at(-1)).toMatchObject({
      kind: 'TRANSFERRED',
      officeId: f.offices.management.id,
      chargedWorkingDays: 2.208,
    });

    // Monday 10-13 09:00: 平安办 sends it back to 自治办, which had passed it on — run-around.
    setClock('2025-10-13T09:00:00+08:00');
    const back = await transfer(
      id,
      { targetOfficeId: f.offices.selfGovernance.id, duty: '居民区自治和共治', reason: '小区内部事务由居民自治解决' },
      f.tokens.safety,
    );
    expect(back.errors).toBeUndefined();
    const escalated = back.data!.transferMatter;
    // 10-11 from 15:00 (9/24), Sunday 10-12 nothing, 10-13 until 09:00 (9/24).
    expect(escalated.events.slice(-2)).toMatchObject([
      {
        kind: 'TRANSFERRED',
        officeId: f.offices.safety.id,
        targetOfficeId: f.offices.selfGovernance.id,
        chargedWorkingDays: 0.75,
      },
      {
        kind: 'ESCALATED',
        officeId: f.offices.selfGovernance.id,
        targetOfficeId: f.offices.partyGovernment.id,
        chargedWorkingDays: null,
      },
    ]);
    expect(escalated).toMatchObject({
      status: 'ESCALATED',
      runAround: true,
      ownerOfficeId: f.offices.partyGovernment.id,
      ownerName: '党政办公室',
      transferCount: 3,
    });

    // While escalated nobody transfers or resolves it; only PARTY_GOVERNMENT decides.
    const stuck = await transfer(
      id,
      { targetOfficeId: f.offices.safety.id, duty: '综合治理和维护稳定', reason: '再转' },
      f.tokens.partyGovernment,
    );
    expect(stuck.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const decide = (token: string) =>
      api.server.gql(
        `mutation ($id: ID!, $input: DecideMatterOwnerInput!) { decideMatterOwner(id: $id, input: $input) { ${MATTER_FIELDS} } }`,
        {
          id,
          input: {
            ownerAgencyId: f.police.id,
            duty: '消防通道占用等消防安全违法查处',
            reason: '占用消防通道由派出所依法查处，物业问题同步抄送房管办',
          },
        },
        { token },
      );
    expect((await decide(f.tokens.safety)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    // 11:00: 党政办 decides: the police station, whose listed duty covers it. Its two hours are charged to it.
    setClock('2025-10-13T11:00:00+08:00');
    const decided = await decide(f.tokens.partyGovernment);
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideMatterOwner).toMatchObject({
      status: 'RECEIVED',
      ownerAgencyId: f.police.id,
      ownerOfficeId: null,
      runAround: true,
      ownerName: f.police.name,
    });
    expect(decided.data!.decideMatterOwner.events.at(-1)).toMatchObject({
      kind: 'OWNER_DECIDED',
      officeId: f.offices.partyGovernment.id,
      targetAgencyId: f.police.id,
      chargedWorkingDays: 0.083,
    });

    // The police station answers and resolves it within the deadline; the charges stay.
    setClock('2025-10-13T14:00:00+08:00');
    await ok(
      api.server,
      `mutation ($id: ID!) { respondToMatter(id: $id, input: { text: "已派民警到场核查" }) { id } }`,
      { id },
      f.tokens.police,
    );
    setClock('2025-10-14T16:00:00+08:00');
    const resolved = await ok(
      api.server,
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "车辆已清离，消防通道恢复畅通" }) { ${MATTER_FIELDS} } }`,
      { id },
      f.tokens.police,
    );
    expect(resolved.resolveMatter).toMatchObject({
      status: 'RESOLVED',
      respondedAt: '2025-10-13T06:00:00.000Z',
      resolvedAt: '2025-10-14T08:00:00.000Z',
    });
    const charged = resolved.resolveMatter.events
      .filter((e) => e.chargedWorkingDays !== null)
      .map((e) => [e.unitName, e.chargedWorkingDays]);
    expect(charged).toEqual([
      ['社区自治办公室', 1],
      ['社区管理办公室', 2.208],
      ['社区平安办公室', 0.75],
      ['党政办公室', 0.083],
    ]);

    // The resident follows it by code without signing in: the timeline names offices, never staff.
    const tracked = await ok(
      api.server,
      `query ($c: String!) { trackedMatter(trackingCode: $c) { status ownerName canRate timeline { kind unitName targetName note } } }`,
      { c: trackingCode.toLowerCase() },
      null,
    );
    expect(tracked.trackedMatter).toMatchObject({ status: 'RESOLVED', ownerName: f.police.name, canRate: true });
    expect(tracked.trackedMatter!.timeline.map((e) => e.kind)).toEqual([
      'RECEIVED',
      'TRANSFERRED',
      'TRANSFERRED',
      'TRANSFERRED',
      'ESCALATED',
      'OWNER_DECIDED',
      'RESPONDED',
      'RESOLVED',
    ]);
    expect(JSON.stringify(tracked)).not.toMatch(/staff|张建国|13812345678/);
  });

  it('keeps the timeline append-only in the database itself', async () => {
    setClock('2025-09-30T10:00:00+08:00');
    const { matter } = await receive(api.server, f.tokens.street, {
      ...FIRE_LANE,
      subdistrictId: f.waitanId,
      receiverOfficeId: f.offices.service.id,
    });
    await expect(
      api.server.db.query(`UPDATE matter_event SET charged_working_days = 0 WHERE matter_id = $1`, [matter.id]),
    ).rejects.toThrow(/append-only/);
    await expect(api.server.db.query(`DELETE FROM matter_event WHERE matter_id = $1`, [matter.id])).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("deadlines in working days on China's official calendar (rule 13)", () => {
  it('counts from the day after receipt, skipping the National Day holiday and counting make-up working days', async () => {
    const cases: [string, string, string, string][] = [
      // received (Asia/Shanghai), type, due, first response due
      ['2025-09-30T10:00:00+08:00', 'CONSULTATION', '2025-10-09T16:00:00.000Z', '2025-10-09T16:00:00.000Z'],
      ['2025-09-30T23:59:00+08:00', 'REQUEST_FOR_HELP', '2025-10-14T16:00:00.000Z', '2025-10-09T16:00:00.000Z'],
      // Sunday 09-28 is a make-up working day, but the day of receipt never counts: Monday 09-29 is day 1.
      ['2025-09-28T23:00:00+08:00', 'CONSULTATION', '2025-09-29T16:00:00.000Z', '2025-09-29T16:00:00.000Z'],
      // Received during the holiday: Thursday 10-09 is day 1, the make-up Saturday 10-11 day 3, Tuesday 10-14 day 5.
      ['2025-10-03T09:00:00+08:00', 'COMPLAINT', '2025-10-14T16:00:00.000Z', '2025-10-09T16:00:00.000Z'],
      // Friday 10-10: the make-up Saturday 10-11 is day 1.
      ['2025-10-10T17:00:00+08:00', 'CONSULTATION', '2025-10-11T16:00:00.000Z', '2025-10-11T16:00:00.000Z'],
      // Saturday 10-11 (make-up) received: Monday 10-13 is day 1.
      ['2025-10-11T09:00:00+08:00', 'COMPLEX', '2025-10-17T16:00:00.000Z', '2025-10-13T16:00:00.000Z'],
    ];
    for (const [at, type, dueAt, responseDueAt] of cases) {
      setClock('2025-10-20T12:00:00+08:00');
      const { matter } = await receive(api.server, f.tokens.service, {
        ...FIRE_LANE,
        type,
        subdistrictId: f.waitanId,
        receivedAt: at,
      });
      expect([at, type, matter.dueAt, matter.responseDueAt]).toEqual([at, type, dueAt, responseDueAt]);
    }
  });

  it('gives a COMPLEX matter 15 working days only once PARTY_GOVERNMENT approves the extension; other types get none', async () => {
    setClock('2025-09-30T10:00:00+08:00');
    const { matter } = await receive(api.server, f.tokens.service, {
      ...FIRE_LANE,
      type: 'COMPLEX',
      subdistrictId: f.waitanId,
    });
    expect(matter.dueAt).toBe('2025-10-14T16:00:00.000Z');
    const ask = (id: string, token: string) =>
      api.server.gql(
        `mutation ($id: ID!) { requestMatterExtension(id: $id, input: { text: "需多部门会商" }) { extensionStatus dueAt } }`,
        { id },
        { token },
      );
    expect((await ask(matter.id, f.tokens.service)).data!.requestMatterExtension).toEqual({
      extensionStatus: 'PENDING',
      dueAt: '2025-10-14T16:00:00.000Z',
    });
    expect((await ask(matter.id, f.tokens.service)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
    });
    const decide = (token: string) =>
      api.server.gql(
        `mutation ($id: ID!) { decideMatterExtension(id: $id, input: { approve: true, reason: "同意" }) { extensionStatus dueAt } }`,
        { id: matter.id },
        { token },
      );
    expect((await decide(f.tokens.service)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // 15 working days after 09-30: 10-09 … 10-28, the make-up Saturday 10-11 included.
    expect((await decide(f.tokens.partyGovernment)).data!.decideMatterExtension).toEqual({
      extensionStatus: 'APPROVED',
      dueAt: '2025-10-28T16:00:00.000Z',
    });

    const { matter: consultation } = await receive(api.server, f.tokens.service, {
      ...FIRE_LANE,
      type: 'CONSULTATION',
      subdistrictId: f.waitanId,
    });
    const refused = await ask(consultation.id, f.tokens.service);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.errors?.[0].message).toMatch(/CONSULTATION matter allows no extension/);
  });
});
