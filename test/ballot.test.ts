import { createHash, randomBytes } from 'node:crypto';
import { useTestApi, type TypeIntrospection, type Answer } from './support/api';
import * as make from './support/factories';
import { closeMeeting, MeetingFixture, ok, openMeeting, setUpMeeting } from './support/factories';
import { expectError, fullWidth } from './support/expect';
import { CHECK_IN } from './support/operations';

const api = useTestApi({ withShanghai: true });

const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced rating { officialId satisfaction } } }`;
const OWN = `query ($m: ID!, $c: String, $s: String) { ratings(meetingId: $m, ballotCode: $c, ballotSecret: $s) { totalCount nodes { officialId satisfaction comment } } }`;
const BALLOT = `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { meetingId status criteria { key weight } officials { id name } ratedOfficialIds } }`;
const SCORES = [
  { key: 'attitude', score: 4 },
  { key: 'efficiency', score: 3 },
  { key: 'integrity', score: 5 },
];

/** A browser secret as the voting screen makes it: 32 random bytes, base64url. */
const newSecret = () => randomBytes(32).toString('base64url');

/** Checks `names` in at the fixture's meeting as code voters (as its chair) and returns their codes. */
async function codeVoters(f: MeetingFixture, names: string[]): Promise<string[]> {
  const res = await ok(api.server, CHECK_IN, { input: { meetingId: f.meetingId, mode: 'CODE', names } }, f.chairToken);
  return res.checkInAttendees.codes;
}

/** An OPEN meeting (two officials, one registered representative) with three code voters checked in: the fixture and their codes. */
async function codeMeeting(prefix: string): Promise<{ f: MeetingFixture; codes: string[] }> {
  const f = await setUpMeeting(api.server, { reps: 1, officials: 2, prefix });
  const codes = await codeVoters(f, ['王芳', '李强', '赵敏']);
  await make.openMeeting(api.server, f);
  return { f, codes };
}

// The tests that bind, vote or read a code each hold a meeting of their own, so they run in any order.
describe('a ballot code binds to the browser that first uses it (docs/rules.md rule 7)', () => {
  let f: MeetingFixture;
  let codes: string[];
  const voter = newSecret();
  beforeAll(async () => {
    ({ f, codes } = await codeMeeting('bind.rep'));
  });

  it('issues one code per code voter checked in, recording its issuer and storing only hashes', async () => {
    const { f, codes } = await codeMeeting('bind.issue');
    expect(codes).toHaveLength(3);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    const [chair] = await api.server.db.query(`SELECT id FROM app_user WHERE username = 'waitan.chair'`);
    const stored: { code_hash: string; issued_by_id: string; secret_hash: string | null }[] = await api.server.db.query(
      `SELECT code_hash, issued_by_id, secret_hash FROM ballot_code WHERE meeting_id = $1`,
      [f.meetingId],
    );
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(codes.map((c) => c.replace('-', ''))).not.toContain(row.code_hash);
      expect(row).toMatchObject({ issued_by_id: chair.id, secret_hash: null });
    }
    const rep = await api.server.gql(
      CHECK_IN,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['张伟'] } },
      { token: f.repTokens[0] },
    );
    expectError(rep, 'FORBIDDEN');
  });

  it('opens the ballot with the code and the browser secret, binding the code to a hash of that secret', async () => {
    const { f, codes } = await codeMeeting('bind.open');
    const opened = await ok(api.server, BALLOT, { c: codes[0].toLowerCase(), s: voter }, null);
    expect(opened.ballot).toMatchObject({ meetingId: f.meetingId, status: 'OPEN', ratedOfficialIds: [] });
    expect(opened.ballot.officials.map((o) => o.id).sort()).toEqual([...f.officialIds].sort());
    const [bound] = await api.server.db.query(
      `SELECT secret_hash FROM ballot_code WHERE secret_hash IS NOT NULL AND meeting_id = $1`,
      [f.meetingId],
    );
    expect(bound.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(bound.secret_hash).not.toContain(voter);
    expect(bound.secret_hash).not.toBe(createHash('sha256').update(voter).digest('hex'));
  });

  it('reads a code typed in full-width letters and digits as the code itself', async () => {
    const { f, codes } = await codeMeeting('bind.fullwidth');
    const opened = await ok(api.server, BALLOT, { c: fullWidth(codes[0]), s: voter }, null);
    expect(opened.ballot).toMatchObject({ meetingId: f.meetingId, status: 'OPEN', ratedOfficialIds: [] });
  });

  it('lets that browser vote, amend and read back its ballot', async () => {
    const { f, codes } = await codeMeeting('bind.vote');
    const input = {
      meetingId: f.meetingId,
      officialId: f.officialIds[0],
      satisfaction: 'SATISFIED',
      scores: SCORES,
      ballotCode: codes[0],
      ballotSecret: voter,
    };
    expect((await ok(api.server, SUBMIT, { input }, null)).submitRating.replaced).toBe(false);
    expect(
      (await ok(api.server, SUBMIT, { input: { ...input, satisfaction: 'VERY_SATISFIED' } }, null)).submitRating
        .replaced,
    ).toBe(true);
    const own = await ok(api.server, OWN, { m: f.meetingId, c: codes[0], s: voter }, null);
    expect(own.ratings).toEqual({
      totalCount: 1,
      nodes: [{ officialId: f.officialIds[0], satisfaction: 'VERY_SATISFIED', comment: null }],
    });
    const again = await ok(api.server, BALLOT, { c: codes[0], s: voter }, null);
    expect(again.ballot.ratedOfficialIds).toEqual([f.officialIds[0]]);
  });

  it('tells whoever holds the code without the browser secret nothing, and lets them change nothing', async () => {
    const { f, codes } = await codeMeeting('bind.other');
    // The voter's browser has cast its ballot.
    await ok(
      api.server,
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'VERY_SATISFIED',
          scores: SCORES,
          ballotCode: codes[0],
          ballotSecret: voter,
        },
      },
      null,
    );
    const issuer = newSecret();
    for (const token of [f.chairToken, null]) {
      const bare = await api.server.gql(OWN, { m: f.meetingId, c: codes[0] }, { token });
      expectError(bare, 'BAD_USER_INPUT', 'ballotSecret');
      const read = await api.server.gql(OWN, { m: f.meetingId, c: codes[0], s: issuer }, { token });
      expect(read.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_IN_USE' });
      expect(read.data).toBeNull();
      const opened = await api.server.gql(BALLOT, { c: codes[0], s: issuer }, { token });
      expect(opened.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_IN_USE' });
      expect(JSON.stringify(opened)).not.toContain(f.officialIds[0]);
    }
    const replace = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'DISSATISFIED',
          comment: '改票',
          scores: SCORES,
          ballotCode: codes[0],
          ballotSecret: issuer,
        },
      },
      { token: null },
    );
    expect(replace.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_IN_USE' });
    const stored = await api.server.db.query(`SELECT satisfaction FROM rating WHERE meeting_id = $1`, [f.meetingId]);
    expect(stored).toEqual([{ satisfaction: 'VERY_SATISFIED' }]);
    const noSecret = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[1],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: codes[1],
        },
      },
      { token: null },
    );
    expectError(noSecret, 'BAD_USER_INPUT', 'input.ballotSecret');
  });

  it('refuses a code sent by a signed-in representative, so nobody votes twice', async () => {
    const res = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[1],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: codes[1],
          ballotSecret: newSecret(),
        },
      },
      { token: f.repTokens[0] },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_WITH_ACCOUNT' });
  });

  it('answers a code of another meeting exactly as an unknown code, and does not bind it', async () => {
    const unknown = await api.server.gql(BALLOT, { c: 'AAAAA-AAAAA', s: newSecret() }, { token: null });
    expectError(unknown, 'BAD_USER_INPUT', 'code');
    const other = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'code.other' });
    const [foreign] = await codeVoters(other, ['钱多多']);
    await openMeeting(api.server, other);
    const attempt = (ballotCode: string) =>
      api.server.gql(
        SUBMIT,
        {
          input: {
            meetingId: f.meetingId,
            officialId: f.officialIds[1],
            satisfaction: 'SATISFIED',
            scores: SCORES,
            ballotCode,
            ballotSecret: newSecret(),
          },
        },
        { token: null },
      );
    const [wrongMeeting, noSuchCode] = [await attempt(foreign), await attempt('AAAAA-AAAAA')];
    expect(wrongMeeting.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVALID_BALLOT_CODE' });
    expect(wrongMeeting).toEqual(noSuchCode);
    const read = await api.server.gql(OWN, { m: f.meetingId, c: foreign, s: newSecret() }, { token: null });
    expect(read).toEqual(
      await api.server.gql(OWN, { m: f.meetingId, c: 'AAAAA-AAAAA', s: newSecret() }, { token: null }),
    );
    const [row] = await api.server.db.query(`SELECT secret_hash FROM ballot_code WHERE meeting_id = $1`, [
      other.meetingId,
    ]);
    expect(row.secret_hash).toBeNull();
  });

  it('reads no ballot once the meeting is closed, neither by code nor by account, and kills every code', async () => {
    // A meeting of its own: closing the shared one would end the other tests' ballots.
    const closing = await setUpMeeting(api.server, { reps: 1, officials: 2, prefix: 'code.closing' });
    const closingCodes = await codeVoters(closing, ['孙丽', '周杰', '吴刚']);
    const secret = newSecret();
    await openMeeting(api.server, closing);
    await ok(
      api.server,
      SUBMIT,
      {
        input: {
          meetingId: closing.meetingId,
          officialId: closing.officialIds[1],
          satisfaction: 'SATISFIED',
          scores: SCORES,
        },
      },
      closing.repTokens[0],
    );
    await ok(
      api.server,
      SUBMIT,
      {
        input: {
          meetingId: closing.meetingId,
          officialId: closing.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: closingCodes[0],
          ballotSecret: secret,
        },
      },
      null,
    );
    expect((await ok(api.server, OWN, { m: closing.meetingId }, closing.repTokens[0])).ratings.totalCount).toBe(1);
    expect(
      (await ok(api.server, OWN, { m: closing.meetingId, c: closingCodes[0], s: secret }, null)).ratings.totalCount,
    ).toBe(1);
    await closeMeeting(api.server, closing);
    const member = await api.server.gql(OWN, { m: closing.meetingId }, { token: closing.repTokens[0] });
    expectError(member, 'CONFLICT');
    expect(member.data).toBeNull();
    const byCode = await api.server.gql(OWN, { m: closing.meetingId, c: closingCodes[0], s: secret }, { token: null });
    expect(byCode.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVALID_BALLOT_CODE' });
    const res = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: closing.meetingId,
          officialId: closing.officialIds[1],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: closingCodes[2],
          ballotSecret: newSecret(),
        },
      },
      { token: null },
    );
    expectError(res, 'FORBIDDEN');
    const ballot = await api.server.gql(BALLOT, { c: closingCodes[0], s: secret }, { token: null });
    expectError(ballot, 'BAD_USER_INPUT', 'code');
  });
});

describe('a signed-in representative reads only the ballots of this session (docs/rules.md rule 7)', () => {
  it('lets a new session replace a ballot but not read it, and the old session no longer reads it', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'session.rep' });
    await openMeeting(api.server, f);
    const first = f.repTokens[0];
    const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES };
    await ok(api.server, SUBMIT, { input }, first);
    expect((await ok(api.server, OWN, { m: f.meetingId }, first)).ratings.nodes).toEqual([
      { officialId: f.officialIds[0], satisfaction: 'SATISFIED', comment: null },
    ]);

    // The same user signs in again (after a password reset, say): a new session.
    const second = await api.server.login(f.repUsernames[0]);
    expect((await ok(api.server, OWN, { m: f.meetingId }, second)).ratings).toEqual({ totalCount: 0, nodes: [] });
    const replaced = await ok(api.server, SUBMIT, { input: { ...input, satisfaction: 'BASICALLY_SATISFIED' } }, second);
    // The answer has the same shape as a first ballot and does not tell that one existed.
    expect(replaced.submitRating).toEqual({
      replaced: false,
      rating: { officialId: f.officialIds[0], satisfaction: 'BASICALLY_SATISFIED' },
    });
    expect((await ok(api.server, OWN, { m: f.meetingId }, second)).ratings.nodes).toEqual([
      { officialId: f.officialIds[0], satisfaction: 'BASICALLY_SATISFIED', comment: null },
    ]);
    expect((await ok(api.server, OWN, { m: f.meetingId }, first)).ratings).toEqual({ totalCount: 0, nodes: [] });
    const [stored] = await api.server.db.query(
      `SELECT (SELECT count(*) FROM rating WHERE meeting_id = $1)::int AS ballots, (SELECT count(*) FROM participation WHERE meeting_id = $1)::int AS roll`,
      [f.meetingId],
    );
    expect(stored).toEqual({ ballots: 1, roll: 1 });
  });
});

describe('a meeting id sent in capitals (docs/rules.md rule 5)', () => {
  it('names the same ballot: a second submission replaces it, and reading back finds it', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'capitals.rep' });
    await openMeeting(api.server, f);
    const rep = f.repTokens[0];
    const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES };
    expect((await ok(api.server, SUBMIT, { input }, rep)).submitRating.replaced).toBe(false);
    const again = { ...input, meetingId: f.meetingId.toUpperCase(), satisfaction: 'VERY_SATISFIED' };
    expect((await ok(api.server, SUBMIT, { input: again }, rep)).submitRating.replaced).toBe(true);
    expect((await ok(api.server, OWN, { m: f.meetingId.toUpperCase() }, rep)).ratings.nodes).toEqual([
      { officialId: f.officialIds[0], satisfaction: 'VERY_SATISFIED', comment: null },
    ]);
    const [stored] = await api.server.db.query(
      `SELECT (SELECT count(*) FROM rating WHERE meeting_id = $1)::int AS ballots, (SELECT count(*) FROM participation WHERE meeting_id = $1)::int AS roll`,
      [f.meetingId],
    );
    expect(stored).toEqual({ ballots: 1, roll: 1 });
  });
});

/** A meeting of one official rated by three representatives (very satisfied, satisfied, dissatisfied with a comment), left OPEN. */
async function ratedMeeting(prefix: string): Promise<MeetingFixture> {
  const f = await setUpMeeting(api.server, { reps: 3, officials: 1, prefix });
  await openMeeting(api.server, f);
  const levels = ['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED'];
  for (let i = 0; i < 3; i++) {
    await ok(
      api.server,
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: levels[i],
          scores: SCORES,
          comment: i === 2 ? '态度冷淡' : undefined,
        },
      },
      f.repTokens[i],
    );
  }
  return f;
}

// `f` stays OPEN and `closed` is closed in beforeAll; a test that closes a meeting makes its own.
describe('the secret ballot (docs/rules.md rule 7)', () => {
  let f: MeetingFixture;
  let closed: MeetingFixture;
  beforeAll(async () => {
    f = await ratedMeeting('secret.rep');
    closed = await ratedMeeting('closed.rep');
    await closeMeeting(api.server, closed);
  });

  it('gives a rating no field that names or times its author', async () => {
    const res = await ok<TypeIntrospection>(api.server, `{ __type(name: "Rating") { fields { name } } }`);
    expect(res.__type.fields!.map((f) => f.name).sort()).toEqual([
      'comment',
      'id',
      'meetingId',
      'officialId',
      'satisfaction',
      'scores',
    ]);
    const columns: { column_name: string }[] = await api.server.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'rating'`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'ballot_key',
      'comment',
      'id',
      'meeting_id',
      'official_id',
      'reader_key',
      'satisfaction',
      'scores',
    ]);
    const roll: { column_name: string }[] = await api.server.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'participation'`,
    );
    expect(roll.map((c) => c.column_name).sort()).toEqual(['meeting_id', 'official_id', 'voter']);
  });

  it('needs a comment that says something, and a minimum of at least 3 ratings', async () => {
    const res = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'DISSATISFIED',
          scores: SCORES,
          comment: '\u200b \u00a0',
        },
      },
      { token: f.repTokens[0] },
    );
    expectError(res, 'BAD_USER_INPUT', 'input.comment');
    const low = await api.server.gql(
      `mutation ($id: ID!) { updateEvaluationMeeting(id: $id, input: { minRatings: 1 }) { id } }`,
      { id: f.meetingId },
    );
    expectError(low, 'BAD_USER_INPUT', 'input.minRatings');
  });

  it('shows each representative only their own ballot', async () => {
    const mine = await ok(
      api.server,
      `query ($m: ID!) { ratings(meetingId: $m) { nodes { satisfaction } } }`,
      { m: f.meetingId },
      f.repTokens[1],
    );
    expect(mine.ratings.nodes).toEqual([{ satisfaction: 'SATISFIED' }]);
  });

  it('leaves no trace of an amendment in the audit log', async () => {
    await ok(
      api.server,
      SUBMIT,
      { input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES } },
      f.repTokens[0],
    );
    await ok(
      api.server,
      SUBMIT,
      {
        input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'VERY_SATISFIED', scores: SCORES },
      },
      f.repTokens[0],
    );
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'rating.cast'`,
      [f.meetingId],
    );
    expect(n).toBe(3);
  });

  it('tells an admin, the chair and the rated official nothing about who rated what', async () => {
    const f = await ratedMeeting('told.rep');
    const { id: officialUserId, token: officialToken } = await make.user(api.server, {
      role: 'OFFICIAL',
      officialId: f.officialIds[0],
    });
    for (const token of [undefined, f.chairToken, officialToken]) {
      const res = await api.server.gql(
        `query ($m: ID!) { ratings(meetingId: $m) { nodes { id } } }`,
        { m: f.meetingId },
        token === undefined ? {} : { token },
      );
      expect(res.errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(JSON.stringify(res)).not.toMatch(/SATISFIED|态度冷淡|secret\.rep/);
    }
    const progress = await ok(
      api.server,
      `query ($m: ID!) { evaluationMeeting(id: $m) { progress { officials { ratingsReceived } } } }`,
      { m: f.meetingId },
    );
    expect(progress.evaluationMeeting!.progress.officials).toEqual([{ ratingsReceived: 3 }]);
    await closeMeeting(api.server, f);
    const own = await ok(
      api.server,
      `query ($m: ID!) { evaluationMeeting(id: $m) { results { official { id } ratingCount } } }`,
      { m: f.meetingId },
      officialToken,
    );
    expect(own.evaluationMeeting!.results).toEqual([{ official: { id: f.officialIds[0] }, ratingCount: 3 }]);
    // Unlinked under the API, keeping the token: the link is read on every request.
    await api.server.db.query(`UPDATE app_user SET official_id = NULL WHERE id = $1`, [officialUserId]);
    const unlinked = await ok(
      api.server,
      `query ($m: ID!) { evaluationMeeting(id: $m) { results { ratingCount } } }`,
      { m: f.meetingId },
      officialToken,
    );
    expect(unlinked.evaluationMeeting!.results).toEqual([]);
    const representatives = await api.server.gql(
      `query ($m: ID!) { evaluationMeeting(id: $m) { representatives { id } } }`,
      { m: f.meetingId },
      { token: officialToken },
    );
    expectError(representatives, 'FORBIDDEN');
  });

  it('records ballots in the audit log without their author, content or exact time, and the log cannot be changed', async () => {
    const rows: { actor_id: string | null; after: Record<string, unknown>; at: Date; action: string }[] =
      await api.server.db.query(
        `SELECT actor_id, after, at, action FROM audit_event WHERE entity_id = $1 AND action LIKE 'rating.%'`,
        [f.meetingId],
      );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.action).toBe('rating.cast');
      expect(row.actor_id).toBeNull();
      expect(row.after).toEqual({ officialId: f.officialIds[0] });
      expect(row.at.getTime() % 3_600_000).toBe(0);
    }
    await expect(
      api.server.db.query(`UPDATE audit_event SET action = 'x' WHERE entity_id = $1`, [f.meetingId]),
    ).rejects.toThrow(/append-only/);
    await expect(api.server.db.query(`DELETE FROM audit_event WHERE entity_id = $1`, [f.meetingId])).rejects.toThrow(
      /append-only/,
    );
  });

  it('publishes the results after closing with comments sorted, not in the order given', async () => {
    const res = await ok(
      api.server,
      `query ($m: ID!) { evaluationMeeting(id: $m) { results { ratingCount rate publishedComments } } }`,
      { m: closed.meetingId },
    );
    expect(res.evaluationMeeting!.results).toEqual([{ ratingCount: 3, rate: 2 / 3, publishedComments: ['态度冷淡'] }]);
  });
});

describe('the cost of a ballot (B3 of the benchmarks)', () => {
  it("casts or replaces a signed-in ballot in two statements (the session check, then one statement with the checks, the ballot, its voter roll and for the first its event's entry), logging only the first", async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'cost.rep' });
    await openMeeting(api.server, f);
    const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES };
    let first!: Answer;
    // The session check, then the ballot statement (which writes the rating.cast entry too).
    expect(
      await api.server.countQueries(async () => (first = await ok(api.server, SUBMIT, { input }, f.repTokens[0]))),
    ).toBe(2);
    expect(first.submitRating).toEqual({
      replaced: false,
      rating: { officialId: f.officialIds[0], satisfaction: 'SATISFIED' },
    });
    let again!: Answer;
    // An amendment records no event: the same two statements, no entry.
    expect(
      await api.server.countQueries(
        async () =>
          (again = await ok(
            api.server,
            SUBMIT,
            { input: { ...input, satisfaction: 'VERY_SATISFIED' } },
            f.repTokens[0],
          )),
      ),
    ).toBe(2);
    expect(again.submitRating).toEqual({
      replaced: true,
      rating: { officialId: f.officialIds[0], satisfaction: 'VERY_SATISFIED' },
    });
    const [stored] = await api.server.db.query(
      `SELECT (SELECT count(*) FROM rating WHERE meeting_id = $1)::int AS ballots, (SELECT count(*) FROM participation WHERE meeting_id = $1)::int AS roll,
              (SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action = 'rating.cast' AND actor_id IS NULL AND date_trunc('hour', at) = at)::int AS logged`,
      [f.meetingId],
    );
    // An amendment leaves no audit entry: the log cannot count them (docs/rules.md rule 7).
    expect(stored).toEqual({ ballots: 1, roll: 1, logged: 1 });
  });
});
