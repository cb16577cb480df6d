/**
 * What the chair's room reads out (docs/rules.md rules 6 and 7): how many voters finished every
 * official, the turnout against the attendees present, and per official the mean of each
 * criterion, published under the same minimum number of ratings as the score.
 */
import { randomBytes } from 'node:crypto';
import { useTestApi } from './support/api';
import { closeMeeting, ok, openMeeting, setUpMeeting, type MeetingFixture } from './support/factories';
import { CHECK_IN } from './support/operations';

const api = useTestApi({ withShanghai: true });

const SUBMIT = `mutation ReadoutRate($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
const PROGRESS = `query ReadoutProgress($m: ID!) { evaluationMeeting(id: $m) { progress {
  attendeesPresent voters finishedAll turnout ballotCodesIssued ballotCodesUsed ballotCodesVoided } } }`;
const RESULTS = `query ReadoutResults($m: ID!) { evaluationMeeting(id: $m) { results {
  officialId ratingCount weightedScore criterionMeans { key label weight mean } } } }`;

const scored = (attitude: number, efficiency: number, integrity: number) => [
  { key: 'attitude', score: attitude },
  { key: 'efficiency', score: efficiency },
  { key: 'integrity', score: integrity },
];

/** Rates official `official` of `f` with the three scores, by a representative's token or a ballot code. */
async function rate(
  f: MeetingFixture,
  official: number,
  scores: [number, number, number],
  by: { token: string } | { code: string; secret: string },
): Promise<void> {
  const input = {
    meetingId: f.meetingId,
    officialId: f.officialIds[official],
    satisfaction: 'SATISFIED',
    scores: scored(...scores),
    ...('code' in by ? { ballotCode: by.code, ballotSecret: by.secret } : {}),
  };
  const answer = await api.server.gql(SUBMIT, { input }, { token: 'token' in by ? by.token : null });
  expect(answer.errors).toBeUndefined();
}

/**
 * An OPEN meeting (2 officials) with 4 attendees: 代表0, 代表1 and 代表2 by account, and 李阿姨 with
 * a ballot code. 代表0 and the code rate both officials, 代表1 only the first, 代表2 nobody.
 */
async function votedMeeting(prefix: string): Promise<MeetingFixture> {
  const f = await setUpMeeting(api.server, { reps: 3, officials: 2, prefix });
  await openMeeting(api.server, f);
  await ok(
    api.server,
    CHECK_IN,
    { input: { meetingId: f.meetingId, mode: 'ACCOUNT', userIds: f.repIds } },
    f.chairToken,
  );
  const issued = await ok(
    api.server,
    CHECK_IN,
    { input: { meetingId: f.meetingId, mode: 'CODE', names: ['李阿姨'] } },
    f.chairToken,
  );
  const code = { code: issued.checkInAttendees.codes[0] as string, secret: randomBytes(32).toString('base64url') };
  await rate(f, 0, [5, 4, 5], { token: f.repTokens[0] });
  await rate(f, 1, [3, 3, 3], { token: f.repTokens[0] });
  await rate(f, 0, [4, 4, 3], { token: f.repTokens[1] });
  await rate(f, 0, [3, 5, 4], code);
  await rate(f, 1, [2, 2, 2], code);
  return f;
}

describe('the read-out of a meeting (docs/rules.md rules 6 and 7)', () => {
  it('counts the voters who finished every official and the turnout against the attendees present', async () => {
    const f = await votedMeeting('readout.progress');
    const open = await ok(api.server, PROGRESS, { m: f.meetingId }, f.chairToken);
    expect(open.evaluationMeeting!.progress).toEqual({
      attendeesPresent: 4,
      voters: 3,
      finishedAll: 2,
      turnout: 0.75,
      ballotCodesIssued: 1,
      ballotCodesUsed: 1,
      ballotCodesVoided: 0,
    });

    // 代表1 finishes too; an amendment by 代表0 changes no count.
    await rate(f, 1, [4, 4, 4], { token: f.repTokens[1] });
    await rate(f, 1, [5, 5, 5], { token: f.repTokens[0] });
    await closeMeeting(api.server, f);
    const closed = await ok(api.server, PROGRESS, { m: f.meetingId });
    expect(closed.evaluationMeeting!.progress).toMatchObject({ voters: 3, finishedAll: 3, turnout: 0.75 });
  });

  it('publishes the mean of each criterion in the template order, only at or above the minimum', async () => {
    const f = await votedMeeting('readout.means');
    await closeMeeting(api.server, f);
    const { evaluationMeeting } = await ok(api.server, RESULTS, { m: f.meetingId });
    const byId = Object.fromEntries(evaluationMeeting!.results.map((r) => [r.officialId, r]));
    const first = byId[f.officialIds[0]];
    expect(first.ratingCount).toBe(3);
    // attitude (5 + 4 + 3) / 3 = 4, efficiency (4 + 4 + 5) / 3 = 4.33, integrity (5 + 3 + 4) / 3 = 4
    expect(first.criterionMeans!.map((c) => [c.key, c.label, c.weight, Number(c.mean.toFixed(2))])).toEqual([
      ['attitude', '服务态度', 40, 4],
      ['efficiency', '办事效率', 30, 4.33],
      ['integrity', '廉洁自律', 30, 4],
    ]);
    expect(first.criterionMeans![1].mean).toBeCloseTo(13 / 3, 10);
    // The score is the same means weighted: 40·3/4 + 30·(10/3)/4 + 30·3/4 = 30 + 25 + 22.5.
    expect(first.weightedScore).toBeCloseTo(77.5, 10);
    // Two ratings, under the minimum of 3: the count alone, no means.
    expect(byId[f.officialIds[1]]).toEqual({
      officialId: f.officialIds[1],
      ratingCount: 2,
      weightedScore: null,
      criterionMeans: null,
    });
  });

  it('has no turnout while nobody is present, and no finished voter without ratings', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'readout.empty' });
    const { evaluationMeeting } = await ok(api.server, PROGRESS, { m: f.meetingId }, f.chairToken);
    expect(evaluationMeeting!.progress).toMatchObject({
      attendeesPresent: 0,
      voters: 0,
      finishedAll: 0,
      turnout: null,
    });
  });
});
