/**
 * One person, one ballot, whichever way round (docs/rules.md rule 7): a representative with an
 * account who is also on the roll as a code voter — checked in by account or by the name they bear
 * — never gets a second ballot, whether the account votes first, the code first, or one of them
 * amends. Every order goes through the API and ends with one ballot.
 */
import { randomBytes } from 'node:crypto';
import { useTestApi } from './support/api';
import { MeetingFixture, ok, openMeeting, setUpMeeting, unique, user } from './support/factories';
import { expectError } from './support/expect';
import { CHECK_IN, REGISTER_REPRESENTATIVES, SUBMIT_RATING } from './support/operations';
import type { GqlResponse } from './support/server';

const api = useTestApi({ withShanghai: true });

const SCORES = [
  { key: 'attitude', score: 4 },
  { key: 'efficiency', score: 4 },
  { key: 'integrity', score: 5 },
];
const newSecret = () => randomBytes(32).toString('base64url');

interface Person {
  id: string;
  token: string;
  name: string;
}

/** An OPEN meeting of one official and a new representative named `name` (registered unless `register` is false). */
async function meetingWith(prefix: string, register = true): Promise<{ f: MeetingFixture; rep: Person }> {
  const f = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix });
  const name = unique('王伟');
  const made = await user(api.server, { displayName: name, role: 'REPRESENTATIVE' });
  if (register) await ok(api.server, REGISTER_REPRESENTATIVES, { input: { meetingId: f.meetingId, ids: [made.id] } });
  await openMeeting(api.server, f);
  return { f, rep: { id: made.id, token: made.token, name } };
}

const checkIn = (f: MeetingFixture, people: { userIds?: string[]; names?: string[] }, mode = 'CODE') =>
  api.server.gql(CHECK_IN, { input: { meetingId: f.meetingId, mode, ...people } }, { token: f.chairToken });

function vote(f: MeetingFixture, by: { token: string } | { code: string; secret: string }, satisfaction = 'SATISFIED') {
  const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction, scores: SCORES };
  return 'token' in by
    ? api.server.gql(SUBMIT_RATING, { input }, { token: by.token })
    : api.server.gql(
        SUBMIT_RATING,
        { input: { ...input, ballotCode: by.code, ballotSecret: by.secret } },
        { token: null },
      );
}

async function ballots(f: MeetingFixture): Promise<number> {
  const [{ n }] = await api.server.db.query(`SELECT count(*)::int AS n FROM rating WHERE meeting_id = $1`, [
    f.meetingId,
  ]);
  return n;
}

/** The name with its ASCII letters, digits and marks in their full-width forms (ａ for a), as some input methods type them. */
const fullWidth = (name: string) => name.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const codeOf = (res: GqlResponse): string => {
  expect(res.errors).toBeUndefined();
  return res.data!.checkInAttendees.codes[0];
};

describe('an account and a code in the same name (docs/rules.md rule 7)', () => {
  it('account first: no code afterwards, neither by account nor by the name the representative bears', async () => {
    const { f, rep } = await meetingWith('one.account');
    expect((await vote(f, rep)).errors).toBeUndefined();
    expectError(await checkIn(f, { userIds: [rep.id] }), 'CONFLICT', 'input.userIds');
    for (const written of [rep.name, ` ${rep.name}\u3000`, fullWidth(rep.name)]) {
      expectError(await checkIn(f, { names: [written] }), 'CONFLICT', 'input.names');
    }
    // Amending with the account still works, and a code sent while signed in is refused.
    expect(await vote(f, rep, 'VERY_SATISFIED')).toEqual({ data: { submitRating: { replaced: true } } });
    expect(await ballots(f)).toBe(1);
  });

  it('code first, checked in by account: the account cannot vote, amend, register or be checked in again', async () => {
    const { f, rep } = await meetingWith('one.code');
    const code = codeOf(await checkIn(f, { userIds: [rep.id] }));
    const secret = newSecret();
    expect((await vote(f, { code, secret })).errors).toBeUndefined();
    expectError(await vote(f, rep), 'FORBIDDEN', null, { reason: 'CODE_VOTER' });
    expectError(await checkIn(f, { userIds: [rep.id] }, 'ACCOUNT'), 'CONFLICT', 'input.userIds');
    expectError(await checkIn(f, { names: [rep.name] }), 'CONFLICT', 'input.names');
    const register = await api.server.gql(
      REGISTER_REPRESENTATIVES,
      { input: { meetingId: f.meetingId, ids: [rep.id] } },
      { token: f.chairToken },
    );
    expectError(register, 'CONFLICT', 'input.ids');
    // The code amends its own ballot; the account still cannot.
    expect(await vote(f, { code, secret }, 'VERY_SATISFIED')).toEqual({ data: { submitRating: { replaced: true } } });
    expectError(await vote(f, rep, 'VERY_SATISFIED'), 'FORBIDDEN', null, { reason: 'CODE_VOTER' });
    expect(await ballots(f)).toBe(1);
  });

  it("code first, checked in by the representative's name: refused, so the chair checks them in by account", async () => {
    const { f, rep } = await meetingWith('one.name');
    expectError(await checkIn(f, { names: [rep.name] }), 'CONFLICT', 'input.names');
    expectError(await checkIn(f, { names: [fullWidth(rep.name)] }), 'CONFLICT', 'input.names');
    // Nothing was written: the representative votes once with the account.
    expect((await vote(f, rep)).errors).toBeUndefined();
    expect(await ballots(f)).toBe(1);
    // Someone else of the same name is told apart by what the chair adds.
    expect(codeOf(await checkIn(f, { names: [`${rep.name}（3号楼）`] }))).toMatch(/\S/);
  });

  it('a representative not registered is checked in by account, never by name; registering a name already on the roll as a code voter is refused', async () => {
    const { f, rep } = await meetingWith('one.unregistered', false);
    expectError(await checkIn(f, { names: [rep.name] }), 'CONFLICT', 'input.names');
    // The other way round: a name checked in first, then an account of that name is registered.
    const later = unique('李强');
    const code = codeOf(await checkIn(f, { names: [later] }));
    const secret = newSecret();
    expect((await vote(f, { code, secret })).errors).toBeUndefined();
    const same = await user(api.server, { displayName: later, role: 'REPRESENTATIVE' });
    const register = await api.server.gql(
      REGISTER_REPRESENTATIVES,
      { input: { meetingId: f.meetingId, ids: [same.id] } },
      { token: f.chairToken },
    );
    expectError(register, 'CONFLICT', 'input.ids');
    expectError(await vote(f, same), 'FORBIDDEN', null, { reason: 'NOT_REGISTERED' });
    expect(await ballots(f)).toBe(1);
  });

  it('an invisible character makes no second person: a name holding one is refused, naming the field, and nothing is written', async () => {
    const { f, rep } = await meetingWith('one.invisible');
    expect(codeOf(await checkIn(f, { names: ['试用甲'] }))).toMatch(/\S/);
    // The same visible name with a zero-width space, joiners, a word joiner, a BOM, a variation
    // selector or a soft hyphen, alone or beside the plain one, and the name a representative bears
    // with a zero-width space inside: each refused before anything is compared or written.
    const hidden = `${rep.name.slice(0, 1)}\u200b${rep.name.slice(1)}`;
    for (const names of [
      ['试用乙', '试用\u200b乙'],
      ['\ufeff试用\u200b丙\ufe0f'],
      ['试\u200d用\u2060甲'],
      ['试用甲\ufe00'],
      ['试用\u200c\u00ad甲'],
      [hidden],
    ]) {
      expectError(await checkIn(f, { names }), 'BAD_USER_INPUT', 'input.names', {
        reason: 'validation.noHiddenCharacters',
      });
    }
    // What looks the same without hidden characters is the same person: full-width, spaces, case.
    for (const written of ['试用甲', ' 试用甲 ', '试用　甲']) {
      expectError(await checkIn(f, { names: [written] }), 'CONFLICT', 'input.names');
    }
    const roll = await api.server.gql(
      `query ($m: ID!) { evaluationMeeting(id: $m) { attendees { name } } }`,
      { m: f.meetingId },
      { token: f.chairToken },
    );
    expect(roll.data!.evaluationMeeting!.attendees.map((a) => a.name)).toEqual(['试用甲']);
  });
});
