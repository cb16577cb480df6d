/**
 * The attendance roll and the ballot codes issued against it (docs/rules.md rule 7): who is present and
 * votes by account or by code, one person once, codes voided unused, and the counts of attendees
 * and of codes issued, used and voided by whom on the result sheet and in the audit log.
 */
import { randomBytes } from 'node:crypto';
import { idByCode, useTestApi, type TypeIntrospection, type AuditState } from './support/api';
import { closeMeeting, MeetingFixture, ok, openMeeting, representatives, setUpMeeting } from './support/factories';
import { expectError } from './support/expect';
import { CHECK_IN } from './support/operations';

const api = useTestApi({ withShanghai: true });

const VOID = `mutation ($input: VoidBallotCodesInput!) { voidBallotCodes(input: $input) { meetingId voided } }`;
const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
const PROGRESS = `query ($m: ID!) { evaluationMeeting(id: $m) { progress {
  representativesRegistered attendeesPresent accountVoters codeVoters ballotCodesIssued ballotCodesUsed ballotCodesVoided
  codeIssuers { issuerId name codesIssued } officials { ratingsReceived } } } }`;
const ATTENDEES = `query ($m: ID!) { evaluationMeeting(id: $m) { attendees { mode userId name checkedIn } } }`;
const SCORES = [
  { key: 'attitude', score: 4 },
  { key: 'efficiency', score: 4 },
  { key: 'integrity', score: 5 },
];
const newSecret = () => randomBytes(32).toString('base64url');

const open = (f: MeetingFixture) => openMeeting(api.server, f);
/** Checks people in as the meeting's chair, or with `as` (`{}`: the server's default user, the 黄浦区 ADMIN). */
const checkIn = (
  f: MeetingFixture,
  mode: 'ACCOUNT' | 'CODE',
  people: { userIds?: string[]; names?: string[] },
  as: { token?: string } = { token: f.chairToken },
) => api.server.gql(CHECK_IN, { input: { meetingId: f.meetingId, mode, ...people } }, as);
const rate = (f: MeetingFixture, official: number, extra: Record<string, unknown>, token: string | null) =>
  api.server.gql(
    SUBMIT,
    {
      input: {
        meetingId: f.meetingId,
        officialId: f.officialIds[official],
        satisfaction: 'SATISFIED',
        scores: SCORES,
        ...extra,
      },
    },
    { token },
  );

/** A meeting (3 representatives, 2 officials) whose roll has 代表0 as an account voter, 代表1 and 王芳（3号楼） as code voters. */
async function rolled(prefix: string): Promise<MeetingFixture> {
  const f = await setUpMeeting(api.server, { reps: 3, officials: 2, prefix });
  await ok(
    api.server,
    CHECK_IN,
    { input: { meetingId: f.meetingId, mode: 'ACCOUNT', userIds: [f.repIds[0]] } },
    f.chairToken,
  );
  await ok(
    api.server,
    CHECK_IN,
    { input: { meetingId: f.meetingId, mode: 'CODE', userIds: [f.repIds[1]], names: ['王芳（3号楼）'] } },
    f.chairToken,
  );
  return f;
}

/** The same, opened, and 代表2 (not checked in) has rated the first official: four on the roll. */
async function voted(prefix: string): Promise<MeetingFixture> {
  const f = await rolled(prefix);
  await open(f);
  await ok(
    api.server,
    SUBMIT,
    { input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES } },
    f.repTokens[2],
  );
  return f;
}

// Each test holds a meeting of its own, made up to the point it starts from, so they run in any order.
describe('the attendance roll (docs/rules.md rule 7)', () => {
  let chairId: string;
  beforeAll(async () => {
    [{ id: chairId }] = await api.server.db.query(`SELECT id FROM app_user WHERE username = 'waitan.chair'`);
  });

  it('checks people in as account or code voters, one code each, and counts attendees rather than codes', async () => {
    const f = await setUpMeeting(api.server, { reps: 3, officials: 2, prefix: 'roll.rep' });
    const account = await checkIn(f, 'ACCOUNT', { userIds: [f.repIds[0]] });
    expect(account.data!.checkInAttendees).toEqual({ checkedIn: 1, codes: [], meeting: { id: f.meetingId } });
    const again = await checkIn(f, 'ACCOUNT', { userIds: [f.repIds[0]] });
    expect(again.data!.checkInAttendees.checkedIn).toBe(0);
    const code = await checkIn(f, 'CODE', { userIds: [f.repIds[1]], names: ['王芳（3号楼）'] });
    expect(code.data!.checkInAttendees.checkedIn).toBe(2);
    expect(code.data!.checkInAttendees.codes).toHaveLength(2);
    expect([...code.data!.checkInAttendees.codes].sort()).toEqual(code.data!.checkInAttendees.codes);

    const progress = await ok(api.server, PROGRESS, { m: f.meetingId }, f.chairToken);
    expect(progress.evaluationMeeting!.progress).toEqual({
      representativesRegistered: 3,
      attendeesPresent: 3,
      accountVoters: 1,
      codeVoters: 2,
      ballotCodesIssued: 2,
      ballotCodesUsed: 0,
      ballotCodesVoided: 0,
      codeIssuers: [{ issuerId: chairId, name: '外滩居委会主任（演示）', codesIssued: 2 }],
      officials: [{ ratingsReceived: 0 }, { ratingsReceived: 0 }],
    });
    const roll = await ok(api.server, ATTENDEES, { m: f.meetingId }, f.chairToken);
    expect(roll.evaluationMeeting!.attendees).toEqual(
      expect.arrayContaining([
        { mode: 'ACCOUNT', userId: f.repIds[0], name: '代表0', checkedIn: true },
        { mode: 'CODE', userId: f.repIds[1], name: '代表1', checkedIn: true },
        { mode: 'CODE', userId: null, name: '王芳（3号楼）', checkedIn: true },
      ]),
    );
    expect(roll.evaluationMeeting!.attendees).toHaveLength(3);
    // The roll says who got a code, never which: no column links it to the codes.
    const columns: { column_name: string }[] = await api.server.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'meeting_attendance'`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'checked_in_by_id',
      'id',
      'meeting_id',
      'mode',
      'name',
      'name_key',
      'user_id',
    ]);
  });

  it('keeps a code voter from voting with the account, and from being checked in or registered again', async () => {
    const f = await rolled('roll.code');
    await open(f);
    const byAccount = await rate(f, 0, {}, f.repTokens[1]);
    expect(byAccount.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_VOTER' });
    const [{ n }] = await api.server.db.query(`SELECT count(*)::int AS n FROM rating WHERE meeting_id = $1`, [
      f.meetingId,
    ]);
    expect(n).toBe(0);
    for (const mode of ['ACCOUNT', 'CODE'] as const) {
      const res = await checkIn(f, mode, { userIds: [f.repIds[1]] });
      expectError(res, 'CONFLICT', 'input.userIds');
    }
    for (const name of ['王芳（3号楼）', ' 王芳(3号楼) ', '王　芳（3号楼）']) {
      const res = await checkIn(f, 'CODE', { names: [name] });
      expectError(res, 'CONFLICT', 'input.names');
    }
    const register = await api.server.gql(
      `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`,
      { input: { meetingId: f.meetingId, ids: [f.repIds[1]] } },
      { token: f.chairToken },
    );
    expectError(register, 'CONFLICT', 'input.ids');
  });

  it('puts an account voter on the roll with their first ballot, and then gives them no code', async () => {
    const f = await rolled('roll.account');
    await open(f);
    expect((await rate(f, 0, {}, f.repTokens[2])).errors).toBeUndefined();
    const roll = await ok(api.server, ATTENDEES, { m: f.meetingId }, f.chairToken);
    expect(roll.evaluationMeeting!.attendees).toContainEqual({
      mode: 'ACCOUNT',
      userId: f.repIds[2],
      name: '代表2',
      checkedIn: false,
    });
    const code = await checkIn(f, 'CODE', { userIds: [f.repIds[2]] });
    expectError(code, 'CONFLICT', 'input.userIds');
    const progress = await ok(api.server, PROGRESS, { m: f.meetingId }, f.chairToken);
    expect(progress.evaluationMeeting!.progress).toMatchObject({
      attendeesPresent: 4,
      accountVoters: 2,
      codeVoters: 2,
      ballotCodesIssued: 2,
    });
  });

  it('refuses bad check-ins, naming the field, and anyone but the chair or an admin', async () => {
    const f = await voted('roll.bad');
    const [stranger] = (await representatives(api.server, 1, { subdistrictId: f.waitanId })).ids;
    const nanjing = await idByCode(api.server, 'subdistrict', '310101002');
    const [outsider] = (await representatives(api.server, 1, { subdistrictId: nanjing })).ids;
    const cases: [Parameters<typeof checkIn>[1], Parameters<typeof checkIn>[2], string][] = [
      ['ACCOUNT', { names: ['李强'] }, 'input.names'],
      ['ACCOUNT', { userIds: [stranger] }, 'input.userIds'],
      ['CODE', { userIds: [outsider] }, 'input.userIds'],
      ['CODE', {}, 'input.userIds'],
      ['CODE', { names: ['李强', '李强 '] }, 'input.names'],
      ['CODE', { names: ['\u200b '] }, 'input.names'],
      // Two pasted names are not one person, and a name holds no character that shows nothing.
      ['CODE', { names: ['王芳\n李强'] }, 'input.names'],
      ['CODE', { names: ['李\u200b强'] }, 'input.names'],
      ['CODE', { names: ['刘\u202e洋'] }, 'input.names'],
    ];
    for (const [mode, people, field] of cases) {
      const res = await checkIn(f, mode, people);
      expect({ people, extensions: res.errors?.[0].extensions }).toEqual({
        people,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    const rep = await checkIn(f, 'CODE', { names: ['李强'] }, { token: f.repTokens[0] });
    expectError(rep, 'FORBIDDEN');
    const progress = await ok(api.server, PROGRESS, { m: f.meetingId }, f.chairToken);
    expect(progress.evaluationMeeting!.progress).toMatchObject({ attendeesPresent: 4, ballotCodesIssued: 2 });
  });

  it('shows the roll and, while the meeting is not closed, its progress only to the chair and the admins over it', async () => {
    const f = await voted('roll.show');
    const official = await api.server.login('waitan.official');
    for (const token of [f.repTokens[0], official]) {
      for (const query of [PROGRESS, ATTENDEES]) {
        const res = await api.server.gql(query, { m: f.meetingId }, { token });
        expectError(res, 'FORBIDDEN');
        expect(res.data?.evaluationMeeting).toBeNull();
      }
    }
    const admin = await ok(api.server, PROGRESS, { m: f.meetingId });
    expect(admin.evaluationMeeting!.progress.attendeesPresent).toBe(4);
  });
});

describe('ballot codes issued, used and voided (docs/rules.md rule 7)', () => {
  let f: MeetingFixture;
  let codes: string[];
  beforeAll(async () => {
    f = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'void.rep' });
    codes = (await checkIn(f, 'CODE', { names: ['甲', '乙', '丙', '丁'] })).data!.checkInAttendees.codes;
    await open(f);
  });

  it('voids listed unused codes, which then open nothing, and never a used one', async () => {
    const secret = newSecret();
    expect((await rate(f, 0, { ballotCode: codes[0], ballotSecret: secret }, null)).errors).toBeUndefined();
    const used = await api.server.gql(
      VOID,
      { input: { meetingId: f.meetingId, codes: [codes[1], codes[0]] } },
      { token: f.chairToken },
    );
    expectError(used, 'CONFLICT', 'input.codes');
    const unknown = await api.server.gql(
      VOID,
      { input: { meetingId: f.meetingId, codes: ['AAAAA-AAAAA'] } },
      { token: f.chairToken },
    );
    expectError(unknown, 'BAD_USER_INPUT', 'input.codes');
    const nothing = await api.server.gql(VOID, { input: { meetingId: f.meetingId } }, { token: f.chairToken });
    expectError(nothing, 'BAD_USER_INPUT', 'input.codes');
    const rep = await api.server.gql(
      VOID,
      { input: { meetingId: f.meetingId, allUnused: true } },
      { token: (await representatives(api.server, 1, { subdistrictId: f.waitanId })).tokens[0] },
    );
    expectError(rep, 'FORBIDDEN');
    // Nothing was voided by the refused calls: the second code still votes afterwards is checked below.
    const voided = await ok(
      api.server,
      VOID,
      { input: { meetingId: f.meetingId, codes: [codes[1].toLowerCase()] } },
      f.chairToken,
    );
    expect(voided.voidBallotCodes).toEqual({ meetingId: f.meetingId, voided: 1 });
    const dead = await rate(f, 0, { ballotCode: codes[1], ballotSecret: newSecret() }, null);
    expect(dead.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVALID_BALLOT_CODE' });
    const lookup = await api.server.gql(
      `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { meetingId } }`,
      { c: codes[1], s: newSecret() },
      { token: null },
    );
    expectError(lookup, 'BAD_USER_INPUT', 'code');
    // An opened but unused code can be voided too: it has cast nothing.
    await ok(
      api.server,
      `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { meetingId } }`,
      { c: codes[2], s: newSecret() },
      null,
    );
    const rest = await ok(api.server, VOID, { input: { meetingId: f.meetingId, allUnused: true } }, f.chairToken);
    expect(rest.voidBallotCodes.voided).toBe(2);
    const progress = await ok(api.server, PROGRESS, { m: f.meetingId }, f.chairToken);
    expect(progress.evaluationMeeting!.progress).toMatchObject({
      codeVoters: 4,
      ballotCodesIssued: 4,
      ballotCodesUsed: 1,
      ballotCodesVoided: 3,
      officials: [{ ratingsReceived: 1 }],
    });
    // The voter's code still works: only unused codes were voided.
    expect(
      (await rate(f, 0, { ballotCode: codes[0], ballotSecret: secret, satisfaction: 'VERY_SATISFIED' }, null)).errors,
    ).toBeUndefined();
  });

  it('prints no code without a check-in: codes are issued only to people on the roll', async () => {
    const mutations = await ok<TypeIntrospection>(api.server, `{ __type(name: "Mutation") { fields { name } } }`);
    const names = mutations.__type.fields!.map((field) => field.name);
    expect(names).toContain('checkInAttendees');
    expect(names).not.toContain('issueBallotCodes');
  });
});

describe('codes that an ADMIN issues and votes with are visible on the result sheet (docs/rules.md rule 7)', () => {
  it('shows attendees and codes issued, used and voided per issuer to everyone once closed, and in the audit log', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'sheet.rep' });
    await open(f);
    const chairCodes = (await checkIn(f, 'CODE', { names: ['周一', '周二', '周三'] })).data!.checkInAttendees.codes;
    // The admin prints two more codes and votes with both.
    const adminCodes = (await checkIn(f, 'CODE', { names: ['临时一', '临时二'] }, {})).data!.checkInAttendees.codes;
    for (const code of [...adminCodes, chairCodes[0]])
      expect((await rate(f, 0, { ballotCode: code, ballotSecret: newSecret() }, null)).errors).toBeUndefined();
    expect((await rate(f, 0, {}, f.repTokens[0])).errors).toBeUndefined();
    await ok(api.server, VOID, { input: { meetingId: f.meetingId, codes: [chairCodes[2]] } }, f.chairToken);
    await closeMeeting(api.server, f);

    const [chair, admin] = await Promise.all(
      ['waitan.chair', 'huangpu.admin'].map(
        async (username) =>
          (await api.server.db.query(`SELECT id, display_name FROM app_user WHERE username = $1`, [username]))[0],
      ),
    );
    const expected = {
      representativesRegistered: 1,
      attendeesPresent: 6,
      accountVoters: 1,
      codeVoters: 5,
      ballotCodesIssued: 5,
      ballotCodesUsed: 3,
      ballotCodesVoided: 1,
      codeIssuers: expect.arrayContaining([
        { issuerId: chair.id, name: chair.display_name, codesIssued: 3 },
        { issuerId: admin.id, name: admin.display_name, codesIssued: 2 },
      ]),
      officials: [{ ratingsReceived: 4 }],
    };
    // Everyone who sees the closed meeting reads the tally with its results: here an assessor and an official.
    for (const username of ['huangpu.assessor', 'waitan.official']) {
      const token = await api.server.login(username);
      const sheet = await ok(api.server, PROGRESS, { m: f.meetingId }, token);
      expect(sheet.evaluationMeeting!.progress).toEqual(expected);
    }
    const log: { action: string; actor_id: string; after: AuditState }[] = await api.server.db.query(
      `SELECT action, actor_id, after FROM audit_event WHERE entity_id = $1 AND action IN ('ballot_codes.issued', 'ballot_codes.voided', 'meeting.checked_in', 'meeting.closed') ORDER BY at, action`,
      [f.meetingId],
    );
    expect(
      log
        .filter((e) => e.action === 'ballot_codes.issued')
        .map((e) => [e.actor_id, e.after!.count])
        .sort(),
    ).toEqual(
      [
        [admin.id, 2],
        [chair.id, 3],
      ].sort(),
    );
    expect(log.filter((e) => e.action === 'ballot_codes.voided').map((e) => [e.actor_id, e.after!.count])).toEqual([
      [chair.id, 1],
    ]);
    expect(
      log
        .filter((e) => e.action === 'meeting.checked_in')
        .map((e) => e.after!.names)
        .sort(),
    ).toEqual([
      ['临时一', '临时二'],
      ['周一', '周二', '周三'],
    ]);
    const closed = log.find((e) => e.action === 'meeting.closed')!;
    expect(closed.after!.ballots).toEqual({
      accountVoters: 1,
      codeVoters: 5,
      codesIssued: 5,
      codesUsed: 3,
      codesVoided: 1,
      codeIssuers: expect.arrayContaining([
        { issuerId: chair.id, count: 3 },
        { issuerId: admin.id, count: 2 },
      ]),
    });
  });
});
