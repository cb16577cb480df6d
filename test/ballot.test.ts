import { useTestApi } from './support/api';
import { MeetingFixture, ok, setUpMeeting } from './support/meeting-fixture';

const api = useTestApi({ withShanghai: true });

const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced rating { officialId satisfaction } } }`;
const SCORES = [
  { key: 'attitude', score: 4 },
  { key: 'efficiency', score: 3 },
  { key: 'integrity', score: 5 },
];

describe('ballot codes (DESIGN rule 7)', () => {
  let f: MeetingFixture;
  let codes: string[];
  beforeAll(async () => {
    f = await setUpMeeting(api.server, { reps: 2, officials: 2, prefix: 'code.rep' });
    const issued = await ok(api.server, `mutation ($input: IssueBallotCodesInput!) { issueBallotCodes(input: $input) { codes } }`, { input: { meetingId: f.meetingId, count: 3 } }, f.chairToken);
    codes = issued.issueBallotCodes.codes;
    await ok(api.server, `mutation ($id: ID!) { openMeeting(id: $id) { status } }`, { id: f.meetingId }, f.chairToken);
  });

  it('issues distinct readable codes, only to the chair or an admin, and stores only their hashes', async () => {
    expect(codes).toHaveLength(3);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    const stored: { code_hash: string }[] = await api.server.db.query(`SELECT code_hash FROM ballot_code WHERE meeting_id = $1`, [f.meetingId]);
    expect(stored).toHaveLength(3);
    for (const row of stored) expect(codes.map((c) => c.replace('-', ''))).not.toContain(row.code_hash);
    const rep = await api.server.gql(`mutation ($input: IssueBallotCodesInput!) { issueBallotCodes(input: $input) { codes } }`, { input: { meetingId: f.meetingId, count: 1 } }, { token: f.repTokens[0] });
    expect(rep.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('opens the ballot and takes a rating with a code, without an account', async () => {
    const ballot = await ok(api.server, `query ($c: String!) { ballot(code: $c) { meetingId status criteria { key weight } officials { id name } ratedOfficialIds } }`, { c: codes[0].toLowerCase() }, null);
    expect(ballot.ballot.meetingId).toBe(f.meetingId);
    expect(ballot.ballot.status).toBe('OPEN');
    expect(ballot.ballot.officials.map((o: any) => o.id).sort()).toEqual([...f.officialIds].sort());
    expect(ballot.ballot.ratedOfficialIds).toEqual([]);
    const first = await ok(api.server, SUBMIT, { input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES, ballotCode: codes[0] } }, null);
    expect(first.submitRating.replaced).toBe(false);
    const again = await ok(api.server, SUBMIT, { input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'VERY_SATISFIED', scores: SCORES, ballotCode: codes[0] } }, null);
    expect(again.submitRating.replaced).toBe(true);
    const after = await ok(api.server, `query ($c: String!) { ballot(code: $c) { ratedOfficialIds } }`, { c: codes[0] }, null);
    expect(after.ballot.ratedOfficialIds).toEqual([f.officialIds[0]]);
    const own = await ok(api.server, `query ($m: ID!, $c: String) { ratings(meetingId: $m, ballotCode: $c) { totalCount nodes { satisfaction } } }`, { m: f.meetingId, c: codes[0] }, null);
    expect(own.ratings).toEqual({ totalCount: 1, nodes: [{ satisfaction: 'VERY_SATISFIED' }] });
  });

  it('refuses a code sent by a signed-in representative, so nobody votes twice', async () => {
    const res = await api.server.gql(SUBMIT, { input: { meetingId: f.meetingId, officialId: f.officialIds[1], satisfaction: 'SATISFIED', scores: SCORES, ballotCode: codes[1] } }, { token: f.repTokens[0] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_WITH_ACCOUNT' });
  });

  it('refuses unknown codes and codes of another meeting', async () => {
    const unknown = await api.server.gql(`query { ballot(code: "AAAAA-AAAAA") { meetingId } }`, {}, { token: null });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const other = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'code.other' });
    const res = await api.server.gql(SUBMIT, { input: { meetingId: other.meetingId, officialId: other.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES, ballotCode: codes[1] } }, { token: null });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('kills every code when the meeting closes', async () => {
    // A meeting of its own: closing the shared one would end the other tests' ballots.
    const closing = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'code.closing' });
    const [code] = (await ok(api.server, `mutation ($input: IssueBallotCodesInput!) { issueBallotCodes(input: $input) { codes } }`, { input: { meetingId: closing.meetingId, count: 1 } }, closing.chairToken)).issueBallotCodes.codes;
    await ok(api.server, `mutation ($id: ID!) { openMeeting(id: $id) { status } }`, { id: closing.meetingId }, closing.chairToken);
    await ok(api.server, `mutation ($id: ID!) { closeMeeting(id: $id) { status } }`, { id: closing.meetingId }, closing.chairToken);
    const res = await api.server.gql(SUBMIT, { input: { meetingId: closing.meetingId, officialId: closing.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES, ballotCode: code } }, { token: null });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const ballot = await api.server.gql(`query ($c: String!) { ballot(code: $c) { meetingId } }`, { c: code }, { token: null });
    expect(ballot.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

/** A meeting of one official rated by three representatives (very satisfied, satisfied, dissatisfied with a comment), left OPEN. */
async function ratedMeeting(prefix: string): Promise<MeetingFixture> {
  const f = await setUpMeeting(api.server, { reps: 3, officials: 1, prefix });
  await ok(api.server, `mutation ($id: ID!) { openMeeting(id: $id) { status } }`, { id: f.meetingId }, f.chairToken);
  const levels = ['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED'];
  for (let i = 0; i < 3; i++) {
    await ok(api.server, SUBMIT, { input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: levels[i], scores: SCORES, comment: i === 2 ? '态度冷淡' : undefined } }, f.repTokens[i]);
  }
  return f;
}

// `f` stays OPEN and `closed` is closed in beforeAll; a test that closes a meeting makes its own.
describe('the secret ballot (DESIGN rule 7)', () => {
  let f: MeetingFixture;
  let closed: MeetingFixture;
  beforeAll(async () => {
    f = await ratedMeeting('secret.rep');
    closed = await ratedMeeting('closed.rep');
    await ok(api.server, `mutation ($id: ID!) { closeMeeting(id: $id) { status } }`, { id: closed.meetingId }, closed.chairToken);
  });

  it('gives a rating no field that names or times its author', async () => {
    const res = await ok(api.server, `{ __type(name: "Rating") { fields { name } } }`);
    expect(res.__type.fields.map((f: any) => f.name).sort()).toEqual(['comment', 'id', 'meetingId', 'officialId', 'satisfaction', 'scores']);
    const columns: { column_name: string }[] = await api.server.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'rating'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['ballot_key', 'comment', 'id', 'meeting_id', 'official_id', 'satisfaction', 'scores']);
    const roll: { column_name: string }[] = await api.server.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'participation'`);
    expect(roll.map((c) => c.column_name).sort()).toEqual(['meeting_id', 'official_id', 'voter']);
  });

  it('needs a comment that says something, and a minimum of at least 3 ratings', async () => {
    const res = await api.server.gql(SUBMIT, { input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'DISSATISFIED', scores: SCORES, comment: '\u200b \u00a0' } }, { token: f.repTokens[0] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.comment' });
    const low = await api.server.gql(`mutation ($id: ID!) { updateEvaluationMeeting(id: $id, input: { minRatings: 1 }) { id } }`, { id: f.meetingId });
    expect(low.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.minRatings' });
  });

  it('shows each representative only their own ballot', async () => {
    const mine = await ok(api.server, `query ($m: ID!) { ratings(meetingId: $m) { nodes { satisfaction } } }`, { m: f.meetingId }, f.repTokens[1]);
    expect(mine.ratings.nodes).toEqual([{ satisfaction: 'SATISFIED' }]);
  });

  it('tells an admin, the chair and the rated official nothing about who rated what', async () => {
    const f = await ratedMeeting('told.rep');
    await api.server.db.query(`UPDATE app_user SET official_id = $1 WHERE username = 'waitan.official'`, [f.officialIds[0]]);
    const officialToken = await api.server.login('waitan.official');
    for (const token of [undefined, f.chairToken, officialToken]) {
      const res = await api.server.gql(`query ($m: ID!) { ratings(meetingId: $m) { nodes { id } } }`, { m: f.meetingId }, token === undefined ? {} : { token });
      expect(res.errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(JSON.stringify(res)).not.toMatch(/SATISFIED|态度冷淡|secret\.rep/);
    }
    const progress = await ok(api.server, `query ($m: ID!) { evaluationMeeting(id: $m) { progress { officials { ratingsReceived } } } }`, { m: f.meetingId });
    expect(progress.evaluationMeeting.progress.officials).toEqual([{ ratingsReceived: 3 }]);
    await ok(api.server, `mutation ($id: ID!) { closeMeeting(id: $id) { status } }`, { id: f.meetingId }, f.chairToken);
    const own = await ok(api.server, `query ($m: ID!) { evaluationMeeting(id: $m) { results { official { id } ratingCount } } }`, { m: f.meetingId }, officialToken);
    expect(own.evaluationMeeting.results).toEqual([{ official: { id: f.officialIds[0] }, ratingCount: 3 }]);
    await api.server.db.query(`UPDATE app_user SET official_id = NULL WHERE username = 'waitan.official'`);
    const unlinked = await ok(api.server, `query ($m: ID!) { evaluationMeeting(id: $m) { results { ratingCount } } }`, { m: f.meetingId }, officialToken);
    expect(unlinked.evaluationMeeting.results).toEqual([]);
    const representatives = await api.server.gql(`query ($m: ID!) { evaluationMeeting(id: $m) { representatives { id } } }`, { m: f.meetingId }, { token: officialToken });
    expect(representatives.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('records ballots in the audit log without their author, content or exact time, and the log cannot be changed', async () => {
    const rows: { actor_id: string | null; after: Record<string, unknown>; at: Date; action: string }[] = await api.server.db.query(
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
    await expect(api.server.db.query(`UPDATE audit_event SET action = 'x' WHERE entity_id = $1`, [f.meetingId])).rejects.toThrow(/append-only/);
    await expect(api.server.db.query(`DELETE FROM audit_event WHERE entity_id = $1`, [f.meetingId])).rejects.toThrow(/append-only/);
  });

  it('publishes the results after closing with comments sorted, not in the order given', async () => {
    const res = await ok(api.server, `query ($m: ID!) { evaluationMeeting(id: $m) { results { ratingCount rate publishedComments } } }`, { m: closed.meetingId });
    expect(res.evaluationMeeting.results).toEqual([{ ratingCount: 3, rate: 2 / 3, publishedComments: ['态度冷淡'] }]);
  });
});

describe('the cost of a ballot (B3 of the benchmarks)', () => {
  it('casts or replaces a signed-in ballot in two SQL statements: the checks, then the ballot with its voter roll and log line', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'cost.rep' });
    await ok(api.server, `mutation ($id: ID!) { openMeeting(id: $id) { status } }`, { id: f.meetingId }, f.chairToken);
    const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: SCORES };
    let first: any;
    expect(await api.server.countQueries(async () => (first = await ok(api.server, SUBMIT, { input }, f.repTokens[0])))).toBe(2);
    expect(first.submitRating).toEqual({ replaced: false, rating: { officialId: f.officialIds[0], satisfaction: 'SATISFIED' } });
    let again: any;
    expect(await api.server.countQueries(async () => (again = await ok(api.server, SUBMIT, { input: { ...input, satisfaction: 'VERY_SATISFIED' } }, f.repTokens[0])))).toBe(2);
    expect(again.submitRating).toEqual({ replaced: true, rating: { officialId: f.officialIds[0], satisfaction: 'VERY_SATISFIED' } });
    const [stored] = await api.server.db.query(
      `SELECT (SELECT count(*) FROM rating WHERE meeting_id = $1)::int AS ballots, (SELECT count(*) FROM participation WHERE meeting_id = $1)::int AS roll,
              (SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action = 'rating.cast' AND actor_id IS NULL AND date_trunc('hour', at) = at)::int AS logged`,
      [f.meetingId],
    );
    expect(stored).toEqual({ ballots: 1, roll: 1, logged: 2 });
  });
});
