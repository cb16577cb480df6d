/**
 * Every refusal of a signed-in ballot (docs/rules.md rules 5 and 7) with its code, reason and field,
 * also when a ballot breaks several checks at once (the first in the order of RatingService.submit
 * wins), and that a refused ballot writes nothing: no ballot, no voter roll, no attendance, no entry.
 */
import { useTestApi } from './support/api';
import { closeMeeting, MeetingFixture, ok, openMeeting, scores, setUpMeeting } from './support/factories';

const api = useTestApi({ withShanghai: true });

const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** What a refusal says: its code, reason and field. */
interface Refusal {
  code: string;
  reason: string;
  field: string | null;
}

const notFound: Refusal = { code: 'NOT_FOUND', reason: expect.any(String), field: null };
const notRegistered: Refusal = { code: 'FORBIDDEN', reason: 'NOT_REGISTERED', field: null };
const selfRating: Refusal = { code: 'FORBIDDEN', reason: 'SELF_RATING', field: null };
const notOpen: Refusal = { code: 'CONFLICT', reason: 'rating.meetingNotOpen', field: null };
const notEvaluated: Refusal = {
  code: 'BAD_USER_INPUT',
  reason: 'rating.officialNotEvaluated',
  field: 'input.officialId',
};
const onScores = (reason: string): Refusal => ({
  code: 'BAD_USER_INPUT',
  reason: `rating.${reason}`,
  field: 'input.scores',
});
const noComment: Refusal = { code: 'BAD_USER_INPUT', reason: 'rating.commentRequired', field: 'input.comment' };

/** The refusal of `input` (changes to a valid ballot of `f`'s first official) sent with `token`. */
async function refusal(f: MeetingFixture, change: Record<string, unknown>, token: string): Promise<Refusal | null> {
  const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: scores() };
  const res = await api.server.gql(SUBMIT, { input: { ...input, ...change } }, { token });
  const extensions = res.errors?.[0]?.extensions as Record<string, unknown> | undefined;
  return extensions
    ? { code: String(extensions.code), reason: String(extensions.reason), field: (extensions.field as string) ?? null }
    : null;
}

/** What the meeting holds: ballots, voter-roll rows, account attendances and ballot entries in the audit log. */
async function written(f: MeetingFixture) {
  const [row] = await api.server.db.query(
    `SELECT (SELECT count(*) FROM rating WHERE meeting_id = $1)::int AS ballots,
            (SELECT count(*) FROM participation WHERE meeting_id = $1)::int AS roll,
            (SELECT count(*) FROM meeting_attendance WHERE meeting_id = $1)::int AS present,
            (SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action = 'rating.cast')::int AS logged`,
    [f.meetingId],
  );
  return row;
}

const nothing = { ballots: 0, roll: 0, present: 0, logged: 0 };
const upper = (id: string) => id.toUpperCase();
const badScores = { scores: scores().slice(0, 2) };
const unsatisfied = { satisfaction: 'DISSATISFIED' };

describe('a refused ballot (docs/rules.md rules 5 and 7)', () => {
  it('says why with the first check it fails, and writes nothing', async () => {
    const f = await setUpMeeting(api.server, { reps: 3, officials: 2, prefix: 'refusal.rep' });
    const other = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'refusal.other' });
    await openMeeting(api.server, f);
    await openMeeting(api.server, other);
    const rep = f.repTokens[0];
    // The third representative is the first official under evaluation.
    await api.server.db.query(`UPDATE app_user SET official_id = $1 WHERE id = $2`, [f.officialIds[0], f.repIds[2]]);
    const cases: [string, Record<string, unknown>, string, Refusal][] = [
      ['no such meeting', { meetingId: UNKNOWN }, rep, notFound],
      ['no such meeting, and no comment', { meetingId: UNKNOWN, ...unsatisfied }, rep, notFound],
      ['not registered', {}, other.repTokens[0], notRegistered],
      ['not registered, no such official', { officialId: UNKNOWN, ...unsatisfied }, other.repTokens[0], notRegistered],
      ['not a representative', {}, f.chairToken, notRegistered],
      ['the official rated', {}, f.repTokens[2], selfRating],
      ['the official rated, wrong scores', { ...badScores, ...unsatisfied }, f.repTokens[2], selfRating],
      ['no such official', { officialId: UNKNOWN }, rep, notEvaluated],
      ['an official id in capitals', { officialId: upper(f.officialIds[0]) }, rep, notEvaluated],
      [
        'no such official, wrong scores, no comment',
        { officialId: UNKNOWN, ...badScores, ...unsatisfied },
        rep,
        notEvaluated,
      ],
      ['a criterion missing', badScores, rep, onScores('missingCriteria')],
      ['a criterion unknown', { scores: [...scores(), { key: 'bribe', score: 5 }] }, rep, onScores('notACriterion')],
      ['a criterion twice', { scores: [...scores(), { key: 'attitude', score: 2 }] }, rep, onScores('criterionTwice')],
      ['wrong scores, no comment', { ...badScores, ...unsatisfied }, rep, onScores('missingCriteria')],
      ['no comment', unsatisfied, rep, noComment],
      ['a blank comment', { satisfaction: 'VERY_DISSATISFIED', comment: '  ' }, rep, noComment],
    ];
    const answers = [];
    for (const [what, change, token] of cases) answers.push([what, await refusal(f, change, token)]);
    expect(answers).toEqual(cases.map(([what, , , expected]) => [what, expected]));
    expect(await written(f)).toEqual(nothing);
  });

  it('says the meeting is not OPEN before anything about the ballot itself, and writes nothing', async () => {
    const draft = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'refusal.draft' });
    const closed = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'refusal.closed' });
    await openMeeting(api.server, closed);
    await closeMeeting(api.server, closed);
    for (const f of [draft, closed]) {
      const rep = f.repTokens[0];
      expect(await refusal(f, {}, rep)).toEqual(notOpen);
      expect(await refusal(f, { officialId: UNKNOWN, ...badScores, ...unsatisfied }, rep)).toEqual(notOpen);
      expect(await written(f)).toEqual(nothing);
    }
  });

  it('casts a valid ballot after refusals, with its voter roll, attendance and one entry', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'refusal.after' });
    await openMeeting(api.server, f);
    expect(await refusal(f, unsatisfied, f.repTokens[0])).toEqual(noComment);
    const input = { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: scores() };
    expect((await ok(api.server, SUBMIT, { input }, f.repTokens[0])).submitRating).toEqual({ replaced: false });
    expect(await written(f)).toEqual({ ballots: 1, roll: 1, present: 1, logged: 1 });
  });
});
