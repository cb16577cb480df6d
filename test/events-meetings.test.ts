import { idByCode, useTestApi } from './support/api';
import { CRITERIA, ok, setUpMeeting, type MeetingFixture } from './support/factories';

/**
 * What a meeting's life leaves behind, entry by entry: the audit log (docs/rules.md, Roles and
 * reach: who, what, before and after, in the change's transaction), the `meeting.closed` webhook
 * queued in the closing transaction, and the live announcements (after commit, once per change,
 * never for an amendment: docs/rules.md rule 7). Each expectation is the whole stored entry.
 */
const api = useTestApi({ withShanghai: true, webhooks: false });

const MEETING = `query ($id: ID!) { evaluationMeeting(id: $id) { id title year status subdistrictId neighborhoodId chairId templateId scheduledAt minRatings openedAt closedAt } }`;
const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
const PEOPLE = (verb: string) => `mutation ($input: MeetingPeopleInput!) { ${verb}(input: $input) { id } }`;
const CHECK_IN = `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { checkedIn codes } }`;
const VOID = `mutation ($input: VoidBallotCodesInput!) { voidBallotCodes(input: $input) { voided } }`;
const SECRET = 'events-test-browser-secret-0123456789abcdef';

/** A meeting's stored snapshot, as the audit log keeps it (the API's fields, ids flattened). */
async function meetingSnapshot(id: string): Promise<Record<string, unknown>> {
  return (await ok<{ evaluationMeeting: Record<string, unknown> }>(api.server, MEETING, { id })).evaluationMeeting;
}

/** The entries of `action` about `entityId`, oldest first, as stored. */
async function entries(entityId: string, action: string): Promise<Record<string, unknown>[]> {
  return api.server.db.query(
    `SELECT actor_id AS "actorId", entity_type AS "entityType", before, after FROM audit_event WHERE entity_id = $1 AND action = $2 ORDER BY at, id`,
    [entityId, action],
  );
}

/** Counts the announcements of each meeting heard on the server's live topic from now on. */
function listen(): { count(meetingId: string): number; stop(): void } {
  const heard: string[] = [];
  const iterator = api.server.meetingChanges()[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      heard.push(next.value);
    }
  })();
  return { count: (id) => heard.filter((h) => h === id).length, stop: () => void iterator.return?.() };
}

/** Scores for the fixture's 40/30/30 template. */
const scores = (a: number, e: number, i: number) => [
  { key: 'attitude', score: a },
  { key: 'efficiency', score: e },
  { key: 'integrity', score: i },
];

describe("a meeting's domain events: audit entries, the meeting.closed webhook, live announcements", () => {
  let adminId: string;
  let chairId: string;
  let live: ReturnType<typeof listen>;

  beforeAll(async () => {
    adminId = (await ok(api.server, `{ me { id } }`)).me.id;
    chairId = (await ok(api.server, `{ me { id } }`, {}, await api.server.login('waitan.chair'))).me.id;
    live = listen();
  });
  afterAll(() => live.stop());

  /** A DRAFT meeting with its people; with `codes`, also two code voters checked in and one of their codes voided, the other returned. */
  async function meeting(prefix: string, codes = false): Promise<MeetingFixture & { code: string }> {
    const f = await setUpMeeting(api.server, { reps: 3, officials: 2, prefix });
    if (!codes) return { ...f, code: '' };
    const issued = await ok(
      api.server,
      CHECK_IN,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['王芳', '李强'] } },
      f.chairToken,
    );
    await ok(
      api.server,
      VOID,
      { input: { meetingId: f.meetingId, codes: [issued.checkInAttendees.codes[1]] } },
      f.chairToken,
    );
    return { ...f, code: issued.checkInAttendees.codes[0] };
  }

  /** Opens the meeting and casts: rep 0 amends a first ballot, reps 1 and 2 rate the first official, the code rates the second. */
  async function openAndRate(f: MeetingFixture & { code: string }): Promise<void> {
    await ok(api.server, `mutation ($id: ID!) { openMeeting(id: $id) { id } }`, { id: f.meetingId }, f.chairToken);
    const [first, second] = f.officialIds;
    const rate = (
      token: string | null,
      officialId: string,
      satisfaction: string,
      s: ReturnType<typeof scores>,
      extra: Record<string, unknown> = {},
    ) =>
      ok(
        api.server,
        SUBMIT,
        { input: { meetingId: f.meetingId, officialId, satisfaction, scores: s, ...extra } },
        token,
      );
    await rate(f.repTokens[0], first, 'VERY_DISSATISFIED', scores(1, 1, 1), { comment: '先打一个' });
    await rate(f.repTokens[0], first, 'SATISFIED', scores(4, 4, 5));
    await rate(f.repTokens[1], first, 'VERY_SATISFIED', scores(5, 5, 5));
    await rate(f.repTokens[2], first, 'DISSATISFIED', scores(2, 2, 2), { comment: '办事拖拉' });
    await rate(null, second, 'SATISFIED', scores(4, 4, 4), { ballotCode: f.code, ballotSecret: SECRET });
  }

  it('records creation and every change while DRAFT, each change announced once', async () => {
    const f = await meeting('ev.m');
    const huangpu = await idByCode(api.server, 'district', '310101');
    const created = await meetingSnapshot(f.meetingId);
    expect(await entries(f.templateId, 'template.created')).toEqual([
      {
        actorId: adminId,
        entityType: 'RatingTemplate',
        before: null,
        after: { id: f.templateId, name: 'ev.m模板', districtId: huangpu, criteria: CRITERIA },
      },
    ]);
    expect(await entries(f.meetingId, 'meeting.created')).toEqual([
      { actorId: adminId, entityType: 'EvaluationMeeting', before: null, after: created },
    ]);
    expect(await entries(f.meetingId, 'meeting.officials_added')).toEqual([
      { actorId: adminId, entityType: 'EvaluationMeeting', before: null, after: { officialIds: f.officialIds } },
    ]);
    expect(await entries(f.meetingId, 'meeting.representatives_registered')).toEqual([
      { actorId: adminId, entityType: 'EvaluationMeeting', before: null, after: { userIds: f.repIds } },
    ]);
    // Creating announces nothing; adding the officials and registering the representatives once each.
    expect(live.count(f.meetingId)).toBe(2);

    await ok(
      api.server,
      `mutation ($id: ID!) { updateRatingTemplate(id: $id, input: { name: "ev.m模板二" }) { id } }`,
      { id: f.templateId },
    );
    const template = { id: f.templateId, districtId: huangpu, criteria: CRITERIA };
    expect(await entries(f.templateId, 'template.updated')).toEqual([
      {
        actorId: adminId,
        entityType: 'RatingTemplate',
        before: { ...template, name: 'ev.m模板' },
        after: { ...template, name: 'ev.m模板二' },
      },
    ]);

    await ok(
      api.server,
      `mutation ($id: ID!) { updateEvaluationMeeting(id: $id, input: { title: "ev.m改", scheduledAt: "2026-03-01T02:00:00.000Z" }) { id } }`,
      { id: f.meetingId },
    );
    const updated = await meetingSnapshot(f.meetingId);
    expect(updated).toMatchObject({ title: 'ev.m改', scheduledAt: '2026-03-01T02:00:00.000Z' });
    expect(await entries(f.meetingId, 'meeting.updated')).toEqual([
      { actorId: adminId, entityType: 'EvaluationMeeting', before: created, after: updated },
    ]);

    const [, second] = f.officialIds;
    await ok(api.server, PEOPLE('removeMeetingOfficials'), { input: { meetingId: f.meetingId, ids: [second] } });
    await ok(api.server, PEOPLE('addMeetingOfficials'), { input: { meetingId: f.meetingId, ids: [second] } });
    expect(await entries(f.meetingId, 'meeting.officials_removed')).toEqual([
      { actorId: adminId, entityType: 'EvaluationMeeting', before: { officialIds: [second] }, after: null },
    ]);
    expect((await entries(f.meetingId, 'meeting.officials_added'))[1]).toEqual({
      actorId: adminId,
      entityType: 'EvaluationMeeting',
      before: null,
      after: { officialIds: [second] },
    });

    const [, , last] = f.repIds;
    await ok(
      api.server,
      PEOPLE('unregisterRepresentatives'),
      { input: { meetingId: f.meetingId, ids: [last] } },
      f.chairToken,
    );
    await ok(
      api.server,
      PEOPLE('registerRepresentatives'),
      { input: { meetingId: f.meetingId, ids: [last] } },
      f.chairToken,
    );
    expect(await entries(f.meetingId, 'meeting.representatives_unregistered')).toEqual([
      { actorId: chairId, entityType: 'EvaluationMeeting', before: { userIds: [last] }, after: null },
    ]);
    expect((await entries(f.meetingId, 'meeting.representatives_registered'))[1]).toEqual({
      actorId: chairId,
      entityType: 'EvaluationMeeting',
      before: null,
      after: { userIds: [last] },
    });
    expect(live.count(f.meetingId)).toBe(2 + 5);
  });

  it('records check-ins and ballot codes, announcing a check-in with its codes once', async () => {
    const f = await meeting('ev.c');
    const before = live.count(f.meetingId);
    await ok(
      api.server,
      CHECK_IN,
      { input: { meetingId: f.meetingId, mode: 'ACCOUNT', userIds: [f.repIds[0]] } },
      f.chairToken,
    );
    const issued = await ok(
      api.server,
      CHECK_IN,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['王芳', '李强'] } },
      f.chairToken,
    );
    expect(issued.checkInAttendees.codes).toHaveLength(2);
    expect(await entries(f.meetingId, 'meeting.checked_in')).toEqual([
      {
        actorId: chairId,
        entityType: 'EvaluationMeeting',
        before: null,
        after: { mode: 'ACCOUNT', userIds: [f.repIds[0]], names: [] },
      },
      {
        actorId: chairId,
        entityType: 'EvaluationMeeting',
        before: null,
        after: { mode: 'CODE', userIds: [], names: ['王芳', '李强'] },
      },
    ]);
    expect(await entries(f.meetingId, 'ballot_codes.issued')).toEqual([
      { actorId: chairId, entityType: 'EvaluationMeeting', before: null, after: { count: 2 } },
    ]);
    expect(live.count(f.meetingId)).toBe(before + 2);

    await ok(
      api.server,
      VOID,
      { input: { meetingId: f.meetingId, codes: [issued.checkInAttendees.codes[1]] } },
      f.chairToken,
    );
    expect(await entries(f.meetingId, 'ballot_codes.voided')).toEqual([
      { actorId: chairId, entityType: 'EvaluationMeeting', before: null, after: { count: 1 } },
    ]);
    expect(live.count(f.meetingId)).toBe(before + 3);
    // Nothing left to void: no entry, no announcement.
    expect(
      (
        await ok(
          api.server,
          VOID,
          { input: { meetingId: f.meetingId, codes: [issued.checkInAttendees.codes[1]] } },
          f.chairToken,
        )
      ).voidBallotCodes.voided,
    ).toBe(0);
    expect(await entries(f.meetingId, 'ballot_codes.voided')).toHaveLength(1);
    expect(live.count(f.meetingId)).toBe(before + 3);
  });

  it('records opening, and only the first ballot per voter and official, without author, to the hour', async () => {
    const f = await meeting('ev.o', true);
    const draft = await meetingSnapshot(f.meetingId);
    const before = live.count(f.meetingId);
    await openAndRate(f);
    const open = await meetingSnapshot(f.meetingId);
    expect(open).toMatchObject({ status: 'OPEN' });
    expect(await entries(f.meetingId, 'meeting.opened')).toEqual([
      { actorId: chairId, entityType: 'EvaluationMeeting', before: draft, after: open },
    ]);
    const again = await api.server.gql(
      `mutation ($id: ID!) { openMeeting(id: $id) { id } }`,
      { id: f.meetingId },
      { token: f.chairToken },
    );
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    // The opening and four first ballots announced; the amendment and the refused opening not.
    expect(live.count(f.meetingId)).toBe(before + 1 + 4);

    const [first, second] = f.officialIds;
    const cast = await api.server.db.query(
      `SELECT actor_id, entity_type, before, after, at FROM audit_event WHERE entity_id = $1 AND action = 'rating.cast'`,
      [f.meetingId],
    );
    expect(cast.map((row: { after: { officialId: string } }) => row.after.officialId).sort()).toEqual(
      [first, first, first, second].sort(),
    );
    for (const row of cast) {
      expect(row).toMatchObject({ actor_id: null, entity_type: 'EvaluationMeeting', before: null });
      expect(Object.keys(row.after)).toEqual(['officialId']);
      // To the hour: whole hours only, never the moment.
      expect(row.at.getTime() % 3_600_000).toBe(0);
      expect(Date.now() - row.at.getTime()).toBeLessThan(2 * 3_600_000);
    }
  });

  it('records closing with the frozen counts and the tally, queues meeting.closed with the published figures only, and announces it', async () => {
    const f = await meeting('ev.x', true);
    await openAndRate(f);
    const huangpu = await idByCode(api.server, 'district', '310101');
    const hook = await ok(
      api.server,
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { webhookSubscription { id } } }`,
      {
        input: { districtId: huangpu, url: 'https://hr.example.org/hooks/events', events: ['MEETING_CLOSED'] },
      },
    );
    const open = await meetingSnapshot(f.meetingId);
    const before = live.count(f.meetingId);
    await ok(api.server, `mutation ($id: ID!) { closeMeeting(id: $id) { id } }`, { id: f.meetingId }, f.chairToken);
    const closed = await meetingSnapshot(f.meetingId);
    expect(live.count(f.meetingId)).toBe(before + 1);
    const [first, second] = f.officialIds;

    const [entry] = await entries(f.meetingId, 'meeting.closed');
    expect(entry).toEqual({
      actorId: chairId,
      entityType: 'EvaluationMeeting',
      before: open,
      after: {
        ...closed,
        results: expect.arrayContaining([
          { officialId: first, ratingCount: 3 },
          { officialId: second, ratingCount: 1 },
        ]),
        ballots: {
          accountVoters: 3,
          codeVoters: 2,
          codesIssued: 2,
          codesUsed: 1,
          codesVoided: 1,
          codeIssuers: [{ issuerId: chairId, count: 2 }],
        },
      },
    });
    expect((entry.after as { results: unknown[] }).results).toHaveLength(2);

    const externalIds = new Map<string, string | null>(
      (await api.server.db.query(`SELECT id, external_id FROM official WHERE id = ANY($1)`, [f.officialIds])).map(
        (o: { id: string; external_id: string | null }) => [o.id, o.external_id],
      ),
    );
    const deliveries = await api.server.db.query(
      `SELECT event, status, attempts, payload FROM webhook_delivery WHERE subscription_id = $1`,
      [hook.createWebhookSubscription.webhookSubscription.id],
    );
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(delivery).toMatchObject({ event: 'meeting.closed', status: 'PENDING', attempts: 0 });
    // SATISFIED 4/4/5, VERY_SATISFIED 5/5/5, DISSATISFIED 2/2/2 under 40/30/30; the code's single ballot stays unpublished (rule 7).
    const score = (40 * (11 / 3 - 1)) / 4 + (30 * (11 / 3 - 1)) / 4 + (30 * (4 - 1)) / 4;
    expect(delivery.payload).toEqual({
      meetingId: f.meetingId,
      subdistrictId: f.waitanId,
      year: 2026,
      closedAt: closed.closedAt,
      results: expect.arrayContaining([
        {
          officialId: first,
          externalId: externalIds.get(first),
          ratingCount: 3,
          published: true,
          satisfactionRate: expect.closeTo(2 / 3, 12),
          score: expect.closeTo(score, 10),
        },
        {
          officialId: second,
          externalId: externalIds.get(second),
          ratingCount: 1,
          published: false,
          satisfactionRate: null,
          score: null,
        },
      ]),
    });
    expect(delivery.payload.results).toHaveLength(2);
    await ok(api.server, `mutation ($id: ID!) { deleteWebhookSubscription(id: $id) }`, {
      id: hook.createWebhookSubscription.webhookSubscription.id,
    });
  });

  it('records deleting a DRAFT meeting with its last state, and announces it', async () => {
    const other = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'ev.d' });
    const last = await meetingSnapshot(other.meetingId);
    const before = live.count(other.meetingId);
    await ok(api.server, `mutation ($id: ID!) { deleteEvaluationMeeting(id: $id) }`, { id: other.meetingId });
    expect(await entries(other.meetingId, 'meeting.deleted')).toEqual([
      { actorId: adminId, entityType: 'EvaluationMeeting', before: last, after: null },
    ]);
    expect(live.count(other.meetingId)).toBe(before + 1);
  });
});
