/**
 * The data provider's workflow methods, without a browser or server: each one must send its
 * generated operation (valid against the committed schema.graphql) with the right variables, with
 * or without the signed-in user's token, resolve to `{ data }`, and fail with the same localized
 * HttpError as React-Admin's CRUD methods.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { createDataProvider } from '../../admin/src/dataProvider';
import * as generated from '../../admin/src/gql/graphql';

interface Sent {
  query: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/** A data provider whose fetch records each request (with its Authorization header) and answers with `reply(sent)`. */
function providerWith(reply: (sent: Sent) => unknown) {
  const sent: Sent[] = [];
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    const headers = init.headers as Record<string, string>;
    const entry = { ...body, authorization: headers.authorization ?? null } as Sent;
    sent.push(entry);
    return new Response(JSON.stringify(reply(entry)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const translate = (key: string, options: Record<string, unknown> = {}) => `${key}|${JSON.stringify(options)}`;
  const dataProvider = createDataProvider({
    uri: '/graphql',
    translate,
    fetch: fakeFetch,
    headers: () => ({ authorization: 'Bearer t0k3n' }),
  });
  return { sent, dataProvider };
}

const operationName = (query: string) => /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];

describe('the data provider’s workflow methods', () => {
  it('sends only operations that are valid against the committed schema.graphql', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'OpenMeetingDocument',
        'SubmitRatingDocument',
        'LoginDocument',
        'MeetingProgressDocument',
      ]),
    );
    for (const [name, document] of documents) {
      const errors = validate(schema, parse(String(document)));
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });

  it('opens a meeting with OpenMeeting and the signed-in token, resolving to { data }', async () => {
    const { sent, dataProvider } = providerWith(() => ({ data: { openMeeting: { id: 'm1', status: 'OPEN' } } }));
    const result = await dataProvider.openMeeting('m1');
    expect(result.data).toEqual({ id: 'm1', status: 'OPEN' });
    expect(operationName(sent[0].query)).toBe('OpenMeeting');
    expect(sent[0].variables).toEqual({ id: 'm1' });
    expect(sent[0].authorization).toBe('Bearer t0k3n');
  });

  it('reads the meeting room with its representatives only when asked, and null when out of reach', async () => {
    const { sent, dataProvider } = providerWith(() => ({ data: { evaluationMeeting: null } }));
    expect((await dataProvider.meetingRoom('m1', false)).data!).toBeNull();
    expect(operationName(sent[0].query)).toBe('MeetingRoom');
    expect(sent[0].query).toContain('representatives @include(if: $withRepresentatives)');
    expect(sent[0].query).toContain('fragment MeetingRoomFields on EvaluationMeeting');
    expect(sent[0].variables).toEqual({ id: 'm1', withRepresentatives: false });
  });

  it('reads a meeting’s ballot tally with its results only once it is CLOSED', async () => {
    const meeting = (status: string) => ({ id: 'm1', status, results: [] });
    const progress = { meetingId: 'm1', status: 'CLOSED', attendeesPresent: 5 };
    const open = providerWith(() => ({ data: { evaluationMeeting: meeting('OPEN') } }));
    expect((await open.dataProvider.meetingResults('m1')).data!).toEqual({ ...meeting('OPEN'), progress: null });
    expect(open.sent.map((s) => operationName(s.query))).toEqual(['MeetingResults']);
    const closed = providerWith((s) => ({
      data: { evaluationMeeting: operationName(s.query) === 'MeetingResults' ? meeting('CLOSED') : { progress } },
    }));
    expect((await closed.dataProvider.meetingResults('m1')).data!).toEqual({ ...meeting('CLOSED'), progress });
    expect(closed.sent.map((s) => operationName(s.query))).toEqual(['MeetingResults', 'MeetingProgressNow']);
  });

  it("reads the official's own results (我的评议): one row per closed meeting that evaluated them", async () => {
    const result = { officialId: 'o1', ratingCount: 3, rate: 1, weightedScore: 91.6667, criterionMeans: [] };
    const { sent, dataProvider } = providerWith(() => ({
      data: {
        evaluationMeetings: {
          nodes: [
            { id: 'm1', title: '第一次', year: 2026, closedAt: '2026-12-06T02:00:00Z', results: [result] },
            // A closed meeting in scope that did not evaluate them: the API gives no result.
            { id: 'm2', title: '第二次', year: 2026, closedAt: '2026-12-05T02:00:00Z', results: [] },
          ],
        },
      },
    }));
    expect((await dataProvider.myMeetingResults()).data).toEqual([
      { meeting: { id: 'm1', title: '第一次', year: 2026, closedAt: '2026-12-06T02:00:00Z' }, result },
    ]);
    expect(operationName(sent[0].query)).toBe('MyMeetingResults');
    // Closed meetings that evaluate the signed-in official, decided by the API.
    expect(sent[0].query).toContain('filter: {status: CLOSED, evaluatesMe: true}');
  });

  it('checks people in for ballot codes and resolves to the codes shown this once', async () => {
    const { sent, dataProvider } = providerWith(() => ({
      data: { checkInAttendees: { checkedIn: 2, codes: ['AAAAA-BBBBB', 'CCCCC-DDDDD'] } },
    }));
    const result = await dataProvider.checkInAttendees({ meetingId: 'm1', mode: 'CODE', names: ['王芳', '李强'] });
    expect(result.data.codes).toEqual(['AAAAA-BBBBB', 'CCCCC-DDDDD']);
    expect(operationName(sent[0].query)).toBe('CheckIn');
    expect(sent[0].variables).toEqual({ input: { meetingId: 'm1', mode: 'CODE', names: ['王芳', '李强'] } });
  });

  it('submits a ballot code’s rating without a token, and a representative’s with one', async () => {
    const { sent, dataProvider } = providerWith(() => ({ data: { submitRating: { replaced: true } } }));
    const draft = { satisfaction: 'SATISFIED' as const, scores: [{ key: 'attitude', score: 4 }], comment: '  ' };
    const byCode = await dataProvider.submitRating('m1', 'p1', draft, {
      kind: 'code',
      code: 'AAAAA-BBBBB',
      secret: 's'.repeat(43),
    });
    expect(byCode.data).toBe(true);
    expect(sent[0].authorization).toBeNull();
    expect(sent[0].variables.input).toEqual({
      meetingId: 'm1',
      officialId: 'p1',
      satisfaction: 'SATISFIED',
      scores: [{ key: 'attitude', score: 4 }],
      comment: null,
      ballotCode: 'AAAAA-BBBBB',
      ballotSecret: 's'.repeat(43),
    });
    await dataProvider.submitRating('m1', 'p1', { ...draft, comment: ' 态度好 ' }, { kind: 'member' });
    expect(sent[1].authorization).toBe('Bearer t0k3n');
    expect(sent[1].variables.input).toEqual({
      meetingId: 'm1',
      officialId: 'p1',
      satisfaction: 'SATISFIED',
      scores: [{ key: 'attitude', score: 4 }],
      comment: '态度好',
    });
  });

  it('marks a ballot code’s UNAUTHENTICATED as anonymous, keeping its reason for the voting screen', async () => {
    const { dataProvider } = providerWith(() => ({
      data: null,
      errors: [
        {
          message: 'Too many attempts',
          extensions: { code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 },
        },
      ],
    }));
    const error = await dataProvider.ballot('AAAAA-BBBBB', 's'.repeat(43)).catch((e) => e);
    expect(error.status).toBe(401);
    expect(error.body).toMatchObject({ code: 'UNAUTHENTICATED', anonymous: true });
    expect(error.body.graphQLErrors[0].extensions).toMatchObject({
      reason: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: 60,
    });
    const signedIn = await dataProvider.openMeetings().catch((e) => e);
    expect(signedIn.status).toBe(401);
    expect(signedIn.body.anonymous).toBeUndefined();
  });

  it("fails with an HttpError saying the reason's sentence, naming the field by its label, as the CRUD methods do", async () => {
    const { dataProvider } = providerWith(() => ({
      data: null,
      errors: [
        {
          message: 'input.conclusion: a case is concluded only with a written conclusion that says something',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.conclusion',
            reason: 'accountability.conclusionRequired',
            params: { field: 'input.conclusion' },
          },
        },
      ],
    }));
    const error = await dataProvider.concludeAccountabilityCase('c1', ' ', true).catch((e) => e);
    expect(error.status).toBe(400);
    expect(error.message).toContain('pingyi.errors.accountability.conclusionRequired');
    expect(error.message).toContain('resources.accountabilityCases.fields.conclusion');
    expect(error.message).not.toContain('written conclusion');
    expect(error.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.conclusion' });
    expect(error.body.errors.conclusion).toBe(error.message);
  });

  it('decides an appointment, finalises an assessment and stores a policy with their own operations', async () => {
    const { sent, dataProvider } = providerWith((s) => {
      const name = operationName(s.query);
      if (name === 'DecideHeadAppointment') return { data: { decideHeadAppointment: { id: 'a1', status: 'REFUSED' } } };
      if (name === 'FinalizeAssessment')
        return { data: { finalizeAnnualAssessment: { id: 'y1', status: 'FINALIZED' } } };
      return { data: { setAssessmentPolicy: { id: 'p1' } } };
    });
    expect((await dataProvider.decideHeadAppointment('a1', 'REFUSED', '任职年限不足')).data!).toEqual({
      id: 'a1',
      status: 'REFUSED',
    });
    expect(sent[0].variables).toEqual({ id: 'a1', decision: 'REFUSED', reason: '任职年限不足' });
    expect((await dataProvider.finalizeAnnualAssessment('y1')).data!.status).toBe('FINALIZED');
    expect(sent[1].variables).toEqual({ id: 'y1' });
    const panelWeights = ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT'].map((panel) => ({
      panel,
      weight: 25,
      extra: 1,
    }));
    const policy = {
      meetingWeight: 40,
      thirdPartyWeight: 40,
      selfReportWeight: 20,
      panelWeights,
      excellentFrom: 90,
      goodFrom: 75,
      mediocreFrom: 60,
      minRatings: 3,
    };
    await dataProvider.setAssessmentPolicy('d1', 2025, policy as never);
    expect(operationName(sent[2].query)).toBe('SetAssessmentPolicy');
    expect(sent[2].variables.input).toEqual({
      ...policy,
      panelWeights: panelWeights.map(({ panel, weight }) => ({ panel, weight })),
      districtId: 'd1',
      year: 2025,
    });
  });

  it('creates a service token and a webhook, resolving to the secret shown once', async () => {
    const { sent, dataProvider } = providerWith((s) =>
      operationName(s.query) === 'CreateServiceToken'
        ? { data: { createServiceToken: { token: 'pyt_secret', serviceToken: { id: 't1' } } } }
        : { data: { createWebhookSubscription: { secret: 'whsec', webhookSubscription: { id: 'w1' } } } },
    );
    const token = await dataProvider.createServiceToken({
      name: '区人事系统',
      districtId: 'd1',
      scopes: ['OFFICIALS_WRITE'],
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
    expect(token.data).toEqual({ id: 't1', token: 'pyt_secret' });
    expect(sent[0].variables.input).toEqual({
      name: '区人事系统',
      districtId: 'd1',
      scopes: ['OFFICIALS_WRITE'],
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
    const webhook = await dataProvider.createWebhookSubscription({
      districtId: 'd1',
      url: 'https://hr.example/hook',
      events: ['MEETING_CLOSED'],
    });
    expect(webhook.data).toEqual({ id: 'w1', secret: 'whsec' });
  });
});
