import { useTestApi } from './support/api';
import { closeMeeting, MeetingFixture, ok, openMeeting, setUpMeeting, user } from './support/factories';
import { expectError } from './support/expect';
import { CLOSE_MEETING, OPEN_MEETING, REGISTER_REPRESENTATIVES } from './support/operations';

const api = useTestApi({ withShanghai: true });

const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced rating { id satisfaction comment scores { key score } } } }`;
const scores = (a: number, e: number, i: number) => [
  { key: 'attitude', score: a },
  { key: 'efficiency', score: e },
  { key: 'integrity', score: i },
];

/** A meeting of 外滩街道 of its own for one test (4 representatives, 3 officials), DRAFT or opened by its chair. */
async function meeting(prefix: string, state: 'DRAFT' | 'OPEN' = 'OPEN'): Promise<MeetingFixture> {
  const f = await setUpMeeting(api.server, { reps: 4, officials: 3, prefix });
  if (state === 'OPEN') await openMeeting(api.server, f);
  return f;
}

// Each test makes its own meeting (`meeting`), so none sees another's ratings or state changes.
describe('meetings (docs/rules.md rule 4) and ratings (rule 5)', () => {
  it('refuses a template whose weights do not sum to 100', async () => {
    const res = await api.server.gql(
      `mutation ($d: ID!) { createRatingTemplate(input: { name: "坏模板", districtId: $d, criteria: [{ key: "a", label: "甲", weight: 60 }, { key: "b", label: "乙", weight: 30 }] }) { id } }`,
      {
        d: (await ok(api.server, `{ districts(filter: { code: "310101" }) { nodes { id } } }`)).districts.nodes[0].id,
      },
    );
    expectError(res, 'BAD_USER_INPUT', 'input.criteria');
    expect(res.errors?.[0].message).toContain('90');
  });

  it('takes no rating before the meeting opens', async () => {
    const f = await meeting('draft.rep', 'DRAFT');
    const res = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: scores(4, 4, 4),
        },
      },
      { token: f.repTokens[0] },
    );
    expectError(res, 'CONFLICT');
  });

  it('lets only the chair or an admin open it, and records that in the audit log', async () => {
    const f = await meeting('opening.rep', 'DRAFT');
    const rep = await api.server.gql(OPEN_MEETING, { id: f.meetingId }, { token: f.repTokens[0] });
    expectError(rep, 'FORBIDDEN');
    const opened = await ok(api.server, OPEN_MEETING, { id: f.meetingId }, f.chairToken);
    expect(opened.openMeeting.status).toBe('OPEN');
    const again = await api.server.gql(OPEN_MEETING, { id: f.meetingId }, { token: f.chairToken });
    expectError(again, 'CONFLICT');
    const [row] = await api.server.db.query(
      `SELECT actor_id, before->>'status' AS before, after->>'status' AS after FROM audit_event WHERE action = 'meeting.opened' AND entity_id = $1`,
      [f.meetingId],
    );
    expect(row.before).toBe('DRAFT');
    expect(row.after).toBe('OPEN');
    expect(row.actor_id).not.toBeNull();
  });

  it('checks each part of a rating with its own error', async () => {
    const f = await meeting('parts.rep');
    const base = {
      meetingId: f.meetingId,
      officialId: f.officialIds[0],
      satisfaction: 'SATISFIED',
      scores: scores(4, 4, 4),
    };
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ scores: scores(4, 4, 4).slice(0, 2) }, 'BAD_USER_INPUT', 'input.scores'],
      [{ scores: [...scores(4, 4, 4), { key: 'bribe', score: 5 }] }, 'BAD_USER_INPUT', 'input.scores'],
      [{ scores: scores(4, 6, 4) }, 'BAD_USER_INPUT', 'input.scores.1.score'],
      [{ satisfaction: 'DISSATISFIED' }, 'BAD_USER_INPUT', 'input.comment'],
      [{ satisfaction: 'VERY_DISSATISFIED', comment: '   ' }, 'BAD_USER_INPUT', 'input.comment'],
      [{ officialId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'input.officialId'],
      [{ meetingId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', null],
    ];
    for (const [change, code, field] of cases) {
      const res = await api.server.gql(SUBMIT, { input: { ...base, ...change } }, { token: f.repTokens[0] });
      expect({ change, extensions: res.errors?.[0].extensions }).toEqual({
        change,
        extensions: expect.objectContaining({ code, field }),
      });
    }
    const [{ n }] = await api.server.db.query(`SELECT count(*)::int AS n FROM rating WHERE meeting_id = $1`, [
      f.meetingId,
    ]);
    expect(n).toBe(0);
  });

  it('refuses an outsider, the official rated, a representative of another meeting, and anyone not a representative', async () => {
    const f = await meeting('refused.rep');
    const input = {
      meetingId: f.meetingId,
      officialId: f.officialIds[0],
      satisfaction: 'SATISFIED',
      scores: scores(4, 4, 4),
    };
    const other = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'other.rep' });
    const otherRep = await api.server.gql(SUBMIT, { input }, { token: other.repTokens[0] });
    expect(otherRep.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_REGISTERED' });
    const chair = await api.server.gql(SUBMIT, { input }, { token: f.chairToken });
    expectError(chair, 'FORBIDDEN');
    const anonymous = await api.server.gql(SUBMIT, { input }, { token: null });
    expectError(anonymous, 'UNAUTHENTICATED');
    const outsider = await api.server.gql(SUBMIT, { input }, { token: (await makeOutsider()).token });
    expectError(outsider, 'NOT_FOUND');
    // A registered representative who is the official rated.
    await api.server.db.query(`UPDATE app_user SET official_id = $1 WHERE id = $2`, [f.officialIds[0], f.repIds[3]]);
    const self = await api.server.gql(SUBMIT, { input }, { token: f.repTokens[3] });
    expect(self.errors?.[0]).toMatchObject({
      message: 'You may not rate yourself',
      extensions: { code: 'FORBIDDEN', reason: 'SELF_RATING' },
    });
  });

  async function makeOutsider() {
    const { representatives } = await import('./support/factories');
    const nanjing = (await ok(api.server, `{ subdistricts(filter: { code: "310101002" }) { nodes { id } } }`))
      .subdistricts.nodes[0].id;
    const made = await representatives(api.server, 1, { subdistrictId: nanjing });
    return { token: made.tokens[0] };
  }

  it('lists a representative the meetings they are registered for', async () => {
    const f = await meeting('listed.rep', 'DRAFT');
    const res = await ok(
      api.server,
      `{ evaluationMeetings(filter: { registeredForMe: true }) { nodes { id } } }`,
      {},
      f.repTokens[0],
    );
    expect(res.evaluationMeetings.nodes).toEqual([{ id: f.meetingId }]);
  });

  it('lists an official the meetings that evaluate them, and a user linked to no official none', async () => {
    const mine = await meeting('evaluates.me', 'DRAFT');
    const other = await setUpMeeting(api.server, {
      prefix: 'evaluates.other',
      reps: 0,
      officialIds: [mine.officialIds[1]],
    });
    const official = await user(api.server, { role: 'OFFICIAL', officialId: mine.officialIds[0] });
    const unlinked = await user(api.server, { role: 'OFFICIAL' });
    const EVALUATES_ME = `{ evaluationMeetings(filter: { evaluatesMe: true }) { nodes { id } } }`;
    const seen = (await ok(api.server, EVALUATES_ME, {}, official.token)).evaluationMeetings.nodes.map(
      (m: { id: string }) => m.id,
    );
    expect(seen).toContain(mine.meetingId);
    expect(seen).not.toContain(other.meetingId);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM meeting_official WHERE official_id = $1`,
      [mine.officialIds[0]],
    );
    expect(seen).toHaveLength(n);
    expect((await ok(api.server, EVALUATES_ME, {}, unlinked.token)).evaluationMeetings.nodes).toEqual([]);
  });

  it('replaces a second rating by the same representative', async () => {
    const f = await meeting('replace.rep');
    const input = {
      meetingId: f.meetingId,
      officialId: f.officialIds[1],
      satisfaction: 'SATISFIED',
      scores: scores(3, 3, 3),
    };
    const first = await ok(api.server, SUBMIT, { input }, f.repTokens[0]);
    expect(first.submitRating.replaced).toBe(false);
    const second = await ok(
      api.server,
      SUBMIT,
      { input: { ...input, satisfaction: 'VERY_SATISFIED', scores: scores(5, 5, 5) } },
      f.repTokens[0],
    );
    expect(second.submitRating.replaced).toBe(true);
    expect(second.submitRating.rating.id).toBe(first.submitRating.rating.id);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM rating WHERE meeting_id = $1 AND official_id = $2`,
      [f.meetingId, f.officialIds[1]],
    );
    expect(n).toBe(1);
    const own = await ok(
      api.server,
      `query ($m: ID!) { ratings(meetingId: $m) { totalCount nodes { officialId satisfaction scores { key score } } } }`,
      { m: f.meetingId },
      f.repTokens[0],
    );
    expect(own.ratings.totalCount).toBe(1);
    expect(own.ratings.nodes[0]).toMatchObject({ officialId: f.officialIds[1], satisfaction: 'VERY_SATISFIED' });
  });

  it('shows progress as counts and no results before closing; then freezes hand-computed results', async () => {
    const f = await meeting('results.rep');
    const rate = (rep: number, official: number, satisfaction: string, s: number[], comment?: string) =>
      ok(
        api.server,
        SUBMIT,
        {
          input: {
            meetingId: f.meetingId,
            officialId: f.officialIds[official],
            satisfaction,
            scores: scores(s[0], s[1], s[2]),
            comment,
          },
        },
        f.repTokens[rep],
      );
    await rate(0, 0, 'VERY_SATISFIED', [5, 4, 5]);
    await rate(1, 0, 'SATISFIED', [4, 4, 3]);
    await rate(2, 0, 'DISSATISFIED', [2, 3, 1], '办事拖拉');
    await rate(0, 1, 'VERY_SATISFIED', [5, 5, 5]);
    const before = await ok(
      api.server,
      `query ($id: ID!) { evaluationMeeting(id: $id) { results { ratingCount } progress { representativesRegistered officials { officialId ratingsReceived } } } }`,
      { id: f.meetingId },
    );
    expect(before.evaluationMeeting!.results).toEqual([]);
    expect(before.evaluationMeeting!.progress.representativesRegistered).toBe(4);
    const received = Object.fromEntries(
      before.evaluationMeeting!.progress.officials.map((o) => [o.officialId, o.ratingsReceived]),
    );
    expect(received).toEqual({ [f.officialIds[0]]: 3, [f.officialIds[1]]: 1, [f.officialIds[2]]: 0 });

    await closeMeeting(api.server, f);
    const after = await ok(
      api.server,
      `query ($id: ID!) { evaluationMeeting(id: $id) { status results { official { id } ratingCount rate weightedScore satisfactionDistribution { level count } publishedComments } } }`,
      { id: f.meetingId },
    );
    const byId = Object.fromEntries(after.evaluationMeeting!.results.map((r) => [r.official.id, r]));
    const a = byId[f.officialIds[0]];
    expect(a.ratingCount).toBe(3);
    expect(a.rate).toBeCloseTo(2 / 3, 10);
    // 40·(11/3 − 1)/4 + 30·(11/3 − 1)/4 + 30·(3 − 1)/4 = 26.667 + 20 + 15
    expect(a.weightedScore).toBeCloseTo(185 / 3, 4);
    expect(typeof a.weightedScore).toBe('number');
    expect(a.satisfactionDistribution).toEqual([
      { level: 'VERY_SATISFIED', count: 1 },
      { level: 'SATISFIED', count: 1 },
      { level: 'BASICALLY_SATISFIED', count: 0 },
      { level: 'DISSATISFIED', count: 1 },
      { level: 'VERY_DISSATISFIED', count: 0 },
    ]);
    expect(a.publishedComments).toEqual(['办事拖拉']);
    // Below the minimum of 3 ratings only the count is published (rule 7).
    expect(byId[f.officialIds[1]]).toEqual({
      official: { id: f.officialIds[1] },
      ratingCount: 1,
      rate: null,
      weightedScore: null,
      satisfactionDistribution: null,
      publishedComments: [],
    });
    expect(byId[f.officialIds[2]].ratingCount).toBe(0);
  });

  it('takes no rating once closed, and closing is final', async () => {
    const f = await meeting('closed.rep');
    await closeMeeting(api.server, f);
    const res = await api.server.gql(
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[2],
          satisfaction: 'SATISFIED',
          scores: scores(4, 4, 4),
        },
      },
      { token: f.repTokens[1] },
    );
    expectError(res, 'CONFLICT');
    const reopen = await api.server.gql(OPEN_MEETING, { id: f.meetingId }, { token: f.chairToken });
    expectError(reopen, 'CONFLICT');
    const reclose = await api.server.gql(CLOSE_MEETING, { id: f.meetingId }, { token: f.chairToken });
    expectError(reclose, 'CONFLICT');
  });

  it("lets an admin read the meeting's history, newest first, and no representative", async () => {
    const f = await meeting('history.rep');
    await ok(
      api.server,
      SUBMIT,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: scores(4, 4, 4),
        },
      },
      f.repTokens[0],
    );
    await closeMeeting(api.server, f);
    const res = await ok(
      api.server,
      `query ($id: ID!) { auditEvents(entityType: "EvaluationMeeting", entityId: $id, first: 100) { totalCount nodes { action actorId } } }`,
      { id: f.meetingId },
    );
    const actions = res.auditEvents.nodes.map((e) => e.action);
    expect(actions[0]).toBe('meeting.closed');
    // Ballots are logged to the hour only, so they may sort before the meeting's own entries.
    const meetingActions = actions.filter((a: string) => a !== 'rating.cast');
    expect(meetingActions[meetingActions.length - 1]).toBe('meeting.created');
    expect(actions).toEqual(
      expect.arrayContaining([
        'meeting.opened',
        'meeting.officials_added',
        'meeting.representatives_registered',
        'rating.cast',
      ]),
    );
    expect(res.auditEvents.nodes.filter((e) => e.action.startsWith('rating.')).every((e) => e.actorId === null)).toBe(
      true,
    );
    const rep = await api.server.gql(
      `query ($id: ID!) { auditEvents(entityType: "EvaluationMeeting", entityId: $id) { totalCount } }`,
      { id: f.meetingId },
      { token: f.repTokens[0] },
    );
    expectError(rep, 'FORBIDDEN');
    const bad = await api.server.gql(
      `query ($id: ID!) { auditEvents(entityType: "Password", entityId: $id) { totalCount } }`,
      { id: f.meetingId },
    );
    expectError(bad, 'BAD_USER_INPUT', 'entityType');
  });

  it("keeps a subdistrict's meetings from users of another subdistrict", async () => {
    const f = await meeting('scoped.rep', 'DRAFT');
    const { representatives } = await import('./support/factories');
    const nanjing = (await ok(api.server, `{ subdistricts(filter: { code: "310101002" }) { nodes { id } } }`))
      .subdistricts.nodes[0].id;
    const [token] = (await representatives(api.server, 1, { subdistrictId: nanjing })).tokens;
    const res = await ok(
      api.server,
      `query ($id: ID!) { evaluationMeeting(id: $id) { id } evaluationMeetings { totalCount } }`,
      { id: f.meetingId },
      token,
    );
    expect(res).toEqual({ evaluationMeeting: null, evaluationMeetings: { totalCount: 0 } });
  });
});

describe('concurrent ballots', () => {
  let f: MeetingFixture;
  // 100 representatives made and signed in through the API: two password hashes each, which on a
  // busy machine take longer than one test's default time.
  beforeAll(async () => {
    f = await setUpMeeting(api.server, { reps: 100, officials: 1, prefix: 'burst.rep' });
  }, 300_000);

  it('leaves exactly 100 ratings when 100 representatives submit twice each at once', async () => {
    await openMeeting(api.server, f);
    const submissions = f.repTokens.flatMap((token, i) =>
      [0, 1].map((round) =>
        api.server.gql(
          SUBMIT,
          {
            input: {
              meetingId: f.meetingId,
              officialId: f.officialIds[0],
              satisfaction: 'SATISFIED',
              scores: scores(1 + ((i + round) % 5), 3, 3),
            },
          },
          { token },
        ),
      ),
    );
    const results = await Promise.all(submissions);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ ratings, voters }] = await api.server.db.query(
      `SELECT (SELECT count(*)::int FROM rating WHERE meeting_id = $1) AS ratings, (SELECT count(*)::int FROM participation WHERE meeting_id = $1) AS voters`,
      [f.meetingId],
    );
    expect(ratings).toBe(100);
    expect(voters).toBe(100);
  });

  it('lists the registered representatives by the pinyin of their names (rule 15), whatever order they were registered in', async () => {
    const f = await setUpMeeting(api.server, { prefix: '代表排序', reps: 0 });
    const names = ['赵敏', '王芳', '艾青', '李强'];
    const made = [];
    for (const displayName of names) made.push(await user(api.server, { displayName, subdistrictId: f.waitanId }));
    await ok(api.server, REGISTER_REPRESENTATIVES, { input: { meetingId: f.meetingId, ids: made.map((u) => u.id) } });
    const read = await ok(
      api.server,
      `query ($m: ID!) { evaluationMeeting(id: $m) { representatives { displayName } } }`,
      { m: f.meetingId },
    );
    expect(read.evaluationMeeting!.representatives.map((u) => u.displayName)).toEqual(['艾青', '李强', '王芳', '赵敏']);
  });
});
