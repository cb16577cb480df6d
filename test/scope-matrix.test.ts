import { randomUUID } from 'node:crypto';
import { idByCode, useTestApi, type Answer, type Schema } from './support/api';
import * as make from './support/factories';
import type { GqlResponse } from './support/server';

/**
 * Scope, checked as a matrix: every read path of annual assessments, assessment
 * policies, assessment overviews and meeting representatives, walked by every kind of caller —
 * ADMIN of the district and of a 街道, CHAIR, REPRESENTATIVE, ASSESSOR, OFFICIAL, and service tokens
 * with and without each scope — asserting each cell: the data it reads, or the exact error code.
 *
 * The rules asserted (README, "Who reads assessments"):
 * - individual assessments (list, lookup, Official.assessments / latestAssessment / outcome,
 *   officialsByOutcome): an ADMIN or ASSESSOR within their scope, a token with assessments:read in
 *   its district, an OFFICIAL only their own; top-level queries are FORBIDDEN to other roles, and an
 *   official's nested assessment fields read as none;
 * - a lookup by id outside the caller's reach answers null, exactly as a missing id does;
 * - a district other than the caller's is FORBIDDEN, exactly as a missing district is;
 * - policies: every user of the district and a token with assessments:read; overviews: ADMIN,
 *   ASSESSOR, CHAIR (within their 街道) and a token with assessments:read;
 * - representatives: an ADMIN over the meeting, and the CHAIR of that meeting only;
 * - users (me, users, user(id), node(id), EvaluationMeeting.chair): users within their scope (the
 *   list: ADMINs), never a service token, whatever its scopes.
 */
const api = useTestApi({ withShanghai: true });

/** Who calls, in the order of every row below. */
const CALLERS = [
  'adminDistrict',
  'adminWaitan',
  'chair',
  'rep',
  'assessor',
  'official',
  'tokenOfficials',
  'tokenAssessments',
  'tokenBoth',
  'tokenMeetings',
] as const;
type Caller = (typeof CALLERS)[number];
type Row = Record<Caller, unknown>;

const tokens = {} as Record<Caller, string>;
/** The officials and assessments the matrix reads: own (the OFFICIAL user's), mate (a colleague in 外滩), nj (南京东路街道), xh (徐汇区). */
const ids = {} as Record<'own' | 'mate' | 'nj' | 'xh', { official: string; assessment: string }>;
let huangpu: string;
let xuhui: string;
let year: number;
const missingId = randomUUID();

/** The first error's code, if the answer has an error. */
const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions.code;

/** Runs `query` as every caller and maps each answer (of type `D`) to its cell: the error code, else `cell(data)`. */
async function row<D = Answer>(
  query: string,
  variables: Record<string, unknown>,
  cell: (data: D) => unknown,
): Promise<Row> {
  const result = {} as Row;
  for (const caller of CALLERS) {
    const res = await api.server.gql(query, variables, { token: tokens[caller] });
    result[caller] = res.errors ? codeOf(res) : cell(res.data as D);
  }
  return result;
}

/** The names (own, mate, nj, xh) of the assessment ids in `nodes`, sorted. */
function assessmentTags(nodes: { id: string }[]): string[] {
  return Object.entries(ids)
    .filter(([, v]) => nodes.some((n) => n.id === v.assessment))
    .map(([k]) => k)
    .sort();
}

/** What an official's assessment fields say: how many years, the latest year, the outcome. */
interface Assessed {
  years: number;
  latest: number | null;
  outcome: string | null;
}
const NONE: Assessed = { years: 0, latest: null, outcome: null };
const truth = {} as Record<'own' | 'mate', Assessed>;

beforeAll(async () => {
  const server = api.server;
  huangpu = await idByCode(server, 'district', '310101');
  xuhui = await idByCode(server, 'district', '310104');
  year = new Date().getUTCFullYear() - 2;

  // own: the demo official eligible for promotion; mate: the one to be dismissed (both 外滩).
  const byOutcome = async (outcome: string) => {
    const res = await server.gql(
      `query ($d: ID!, $o: PersonnelOutcome!) { officialsByOutcome(districtId: $d, outcome: $o) { nodes { id latestAssessment { id } } } }`,
      { d: huangpu, o: outcome },
    );
    const node = res.data!.officialsByOutcome.nodes[0];
    return { official: node.id, assessment: node.latestAssessment!.id };
  };
  ids.own = await byOutcome('PROMOTION_ELIGIBLE');
  ids.mate = await byOutcome('DISMISSAL');
  for (const key of ['own', 'mate'] as const) {
    const [t] = await server.db.query(
      `SELECT count(*)::int AS years, max(year) AS latest FROM annual_assessment WHERE official_id = $1`,
      [ids[key].official],
    );
    truth[key] = { years: t.years, latest: t.latest, outcome: key === 'own' ? 'PROMOTION_ELIGIBLE' : 'DISMISSAL' };
  }

  // nj: an official of 南京东路街道 (same district, other 街道); xh: one of 徐汇区 (made by its ADMIN),
  // each with a finalised GOOD grade of 80 (every panel and the mark 80, no meeting part).
  const xuhuiAdmin = await make.otherDistrictAdmin(server, xuhui);
  const gradedOfficial = async (subdistrictCode: string, name: string, externalId: string, as?: string) => {
    const officeId = await make.officeOf(
      server,
      'COMMUNITY_SERVICE',
      await idByCode(server, 'subdistrict', subdistrictCode),
      as,
    );
    const { id: official } = await make.official(server, { name, officeId, externalId, as });
    for (const panel of make.PANELS) await make.panel(server, official, year, panel, 80, as);
    const { id: assessment } = await make.assess(server, official, year, 80, as);
    await make.finalize(server, assessment, as);
    return { official, assessment };
  };
  const SET_POLICY = `mutation SetAssessmentPolicy($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { year } }`;
  await make.ok(
    server,
    SET_POLICY,
    {
      input: {
        districtId: xuhui,
        year,
        meetingWeight: 45,
        thirdPartyWeight: 35,
        selfReportWeight: 20,
        panelWeights: make.PANELS.map((panel) => ({ panel, weight: 25 })),
        excellentFrom: 90,
        goodFrom: 75,
        mediocreFrom: 60,
        minRatings: 3,
      },
    },
    xuhuiAdmin.token,
  );
  ids.nj = await gradedOfficial('310101002', '南京东路测试人员', 'NJ-0001');
  ids.xh = await gradedOfficial('310104003', '徐汇测试人员', 'XH-0001', xuhuiAdmin.token);
  // 黄浦区's policy of a year the demo has already finalised: no operation may set it any more
  // (CONFLICT), so this row is written under the API.
  await server.db.query(
    `INSERT INTO assessment_policy (district_id, year, meeting_weight, third_party_weight, self_report_weight, panel_weights, excellent_from, good_from, mediocre_from, min_ratings)
     VALUES ($1, $2, 50, 30, 20, '[{"panel":"PARTY_MEMBER","weight":25},{"panel":"NON_PARTY","weight":25},{"panel":"RESIDENT","weight":25},{"panel":"EXPERT","weight":25}]', 90, 75, 60, 3)`,
    [huangpu, year],
  );

  // Users: a 外滩 ADMIN, the OFFICIAL who is `own`, and a second CHAIR of 外滩.
  const adminWaitan = await make.user(server, { username: 'matrix.admin', role: 'ADMIN' });
  const official = await make.user(server, {
    username: 'matrix.official',
    role: 'OFFICIAL',
    officialId: ids.own.official,
  });
  await make.user(server, { username: 'matrix.chair2', role: 'CHAIR' });
  const token = async (scopes: string[]) =>
    (
      await make.serviceToken(server, {
        name: `matrix ${scopes.join(' ')}`,
        scopes,
        expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      })
    ).token;
  Object.assign(tokens, {
    adminDistrict: await server.login('huangpu.admin'),
    adminWaitan: adminWaitan.token,
    chair: await server.login('waitan.chair'),
    rep: await server.login('waitan.rep'),
    assessor: await server.login('huangpu.assessor'),
    official: official.token,
    tokenOfficials: await token(['OFFICIALS_READ']),
    tokenAssessments: await token(['ASSESSMENTS_READ']),
    tokenBoth: await token(['OFFICIALS_READ', 'ASSESSMENTS_READ']),
    tokenMeetings: await token(['MEETINGS_READ']),
  });
});

describe('scope of assessments, policies, overviews and representatives, as a matrix', () => {
  it('annualAssessments lists only what each caller may read', async () => {
    const assessments = Object.values(ids).map((v) => v.assessment);
    expect(
      await row(
        `query ($ids: [ID!]) { annualAssessments(filter: { ids: $ids }, first: 100) { nodes { id } } }`,
        { ids: assessments },
        (d) => assessmentTags(d.annualAssessments.nodes),
      ),
    ).toEqual({
      adminDistrict: ['mate', 'nj', 'own'],
      adminWaitan: ['mate', 'own'],
      chair: 'FORBIDDEN',
      rep: 'FORBIDDEN',
      assessor: ['mate', 'nj', 'own'],
      official: ['own'],
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: ['mate', 'nj', 'own'],
      tokenBoth: ['mate', 'nj', 'own'],
      tokenMeetings: 'FORBIDDEN',
    });
    // Unfiltered, an OFFICIAL's list holds exactly their own years.
    const own = await api.server.gql(
      `{ annualAssessments(first: 100) { totalCount nodes { officialId } } }`,
      {},
      { token: tokens.official },
    );
    expect(own.data!.annualAssessments.totalCount).toBe(truth.own.years);
    expect(new Set(own.data!.annualAssessments.nodes.map((n) => n.officialId))).toEqual(new Set([ids.own.official]));
  });

  it("annualAssessment(id) answers null alike for a missing id and one outside the caller's reach", async () => {
    const query = `query ($own: ID!, $mate: ID!, $nj: ID!, $xh: ID!, $missing: ID!) {
      own: annualAssessment(id: $own) { id } mate: annualAssessment(id: $mate) { id } nj: annualAssessment(id: $nj) { id }
      xh: annualAssessment(id: $xh) { id } missing: annualAssessment(id: $missing) { id } }`;
    const variables = {
      own: ids.own.assessment,
      mate: ids.mate.assessment,
      nj: ids.nj.assessment,
      xh: ids.xh.assessment,
      missing: missingId,
    };
    const visible = (d: Record<string, Schema.AnnualAssessment | null>) =>
      ['own', 'mate', 'nj', 'xh', 'missing'].filter((k) => d[k] !== null);
    expect(await row(query, variables, visible)).toEqual({
      adminDistrict: ['own', 'mate', 'nj'],
      adminWaitan: ['own', 'mate'],
      chair: 'FORBIDDEN',
      rep: 'FORBIDDEN',
      assessor: ['own', 'mate', 'nj'],
      official: ['own'],
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: ['own', 'mate', 'nj'],
      tokenBoth: ['own', 'mate', 'nj'],
      tokenMeetings: 'FORBIDDEN',
    });
  });

  it("Official.assessments, latestAssessment and outcome show an official's grades only to who may read them", async () => {
    const query = `query ($own: ID!, $mate: ID!) {
      own: official(id: $own) { assessments { year } latestAssessment { year } outcome }
      mate: official(id: $mate) { assessments { year } latestAssessment { year } outcome } }`;
    const read = (o: Schema.Official): Assessed => ({
      years: o.assessments.length,
      latest: o.latestAssessment?.year ?? null,
      outcome: o.outcome,
    });
    const both = { own: truth.own, mate: truth.mate };
    expect(
      await row(query, { own: ids.own.official, mate: ids.mate.official }, (d: Record<string, Schema.Official>) => ({
        own: read(d.own),
        mate: read(d.mate),
      })),
    ).toEqual({
      adminDistrict: both,
      adminWaitan: both,
      chair: { own: NONE, mate: NONE },
      rep: { own: NONE, mate: NONE },
      assessor: both,
      official: { own: truth.own, mate: NONE },
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: both,
      tokenMeetings: 'FORBIDDEN',
    });
    // The same fields nested in a list of officials: the page still answers for everyone who reads officials.
    const list = `query ($ids: [ID!]) { officials(filter: { ids: $ids }) { nodes { id outcome latestAssessment { year } assessments { year } } } }`;
    const outcomes = (d: Answer) =>
      Object.fromEntries(d.officials.nodes.map((n) => [n.id === ids.own.official ? 'own' : 'mate', n.outcome]));
    expect(await row(list, { ids: [ids.own.official, ids.mate.official] }, outcomes)).toEqual({
      adminDistrict: { own: 'PROMOTION_ELIGIBLE', mate: 'DISMISSAL' },
      adminWaitan: { own: 'PROMOTION_ELIGIBLE', mate: 'DISMISSAL' },
      chair: { own: null, mate: null },
      rep: { own: null, mate: null },
      assessor: { own: 'PROMOTION_ELIGIBLE', mate: 'DISMISSAL' },
      official: { own: 'PROMOTION_ELIGIBLE', mate: null },
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: { own: 'PROMOTION_ELIGIBLE', mate: 'DISMISSAL' },
      tokenMeetings: 'FORBIDDEN',
    });
    const denied = await api.server.gql(
      `query ($id: ID!) { official(id: $id) { name outcome } }`,
      { id: ids.own.official },
      { token: tokens.tokenOfficials },
    );
    expect(denied.data!.official).toEqual({ name: expect.any(String), outcome: null });
    expect(denied.errors?.[0]).toMatchObject({ path: ['official', 'outcome'], extensions: { code: 'FORBIDDEN' } });
    expect(denied.errors?.[0].message).toMatch(/assessments:read/);
  });

  it("an assessment's nested official and panel scores follow the same reach", async () => {
    const query = `query ($ids: [ID!]) { annualAssessments(filter: { ids: $ids }) { nodes { official { id } thirdPartyEvaluations { panel } } } }`;
    const officials = (d: Answer) =>
      d.annualAssessments.nodes.map((n) => (n.official.id === ids.own.official ? 'own' : n.official.id));
    expect(await row(query, { ids: [ids.own.assessment] }, officials)).toEqual({
      adminDistrict: ['own'],
      adminWaitan: ['own'],
      chair: 'FORBIDDEN',
      rep: 'FORBIDDEN',
      assessor: ['own'],
      official: ['own'],
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: ['own'],
      tokenMeetings: 'FORBIDDEN',
    });
  });

  it("officialsByOutcome lists a district's officials only to who reads their grades, and refuses other districts alike", async () => {
    const query = `query ($d: ID!) { officialsByOutcome(districtId: $d, outcome: PROMOTION_ELIGIBLE, first: 100) { nodes { id } } }`;
    const own = (d: Answer) => d.officialsByOutcome.nodes.some((n) => n.id === ids.own.official);
    expect(await row(query, { d: huangpu }, own)).toEqual({
      adminDistrict: true,
      adminWaitan: true,
      chair: 'FORBIDDEN',
      rep: 'FORBIDDEN',
      assessor: true,
      official: 'FORBIDDEN',
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: true,
      tokenMeetings: 'FORBIDDEN',
    });
    const everyone = Object.fromEntries(CALLERS.map((c) => [c, 'FORBIDDEN']));
    expect(await row(query, { d: xuhui }, own)).toEqual(everyone);
    expect(await row(query, { d: missingId }, own)).toEqual(everyone);
  });

  it("assessmentPolicy is read by the district's users and assessments:read, and another district's is FORBIDDEN as a missing one is", async () => {
    const query = `query ($d: ID!, $y: Int!) { assessmentPolicy(districtId: $d, year: $y) { meetingWeight } }`;
    const weight = (d: Answer) => d.assessmentPolicy?.meetingWeight ?? null;
    expect(await row(query, { d: huangpu, y: year }, weight)).toEqual({
      adminDistrict: 50,
      adminWaitan: 50,
      chair: 50,
      rep: 50,
      assessor: 50,
      official: 50,
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 50,
      tokenBoth: 50,
      tokenMeetings: 'FORBIDDEN',
    });
    const everyone = Object.fromEntries(CALLERS.map((c) => [c, 'FORBIDDEN']));
    expect(await row(query, { d: xuhui, y: year }, weight)).toEqual(everyone);
    expect(await row(query, { d: xuhui, y: year + 1 }, weight)).toEqual(everyone);
    expect(await row(query, { d: missingId, y: year }, weight)).toEqual(everyone);
  });

  it("assessmentOverview counts within the caller's scope, and another district's is FORBIDDEN, never zeros", async () => {
    const [{ district, waitan }] = await api.server.db.query(
      `SELECT count(*)::int AS district, count(*) FILTER (WHERE s.code = '310101013')::int AS waitan
         FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
        WHERE s.district_id = $1 AND a.year = $2 AND a.status = 'FINALIZED'`,
      [huangpu, year],
    );
    expect(district).toBe(waitan + 1);
    const query = `query ($d: ID!, $y: Int!) { assessmentOverview(districtId: $d, year: $y) { finalizedCount } }`;
    const count = (d: Answer) => d.assessmentOverview.finalizedCount;
    expect(await row(query, { d: huangpu, y: year }, count)).toEqual({
      adminDistrict: district,
      adminWaitan: waitan,
      chair: waitan,
      rep: 'FORBIDDEN',
      assessor: district,
      official: 'FORBIDDEN',
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: district,
      tokenBoth: district,
      tokenMeetings: 'FORBIDDEN',
    });
    const everyone = Object.fromEntries(CALLERS.map((c) => [c, 'FORBIDDEN']));
    expect(await row(query, { d: xuhui, y: year }, count)).toEqual(everyone);
    expect(await row(query, { d: missingId, y: year }, count)).toEqual(everyone);
  });

  it("a meeting's representatives are shown to the ADMINs over it and to its own CHAIR only", async () => {
    const meeting = async (chairUsername: string) => {
      const template = await api.server.gql(
        `{ ratingTemplates(first: 1) { nodes { id } } }`,
        {},
        { token: tokens.adminDistrict },
      );
      const users = await api.server.gql(
        `{ users(first: 100) { nodes { id username } } }`,
        {},
        { token: tokens.adminDistrict },
      );
      const id = (u: string) => users.data!.users.nodes.find((n) => n.username === u)!.id;
      const created = await api.server.gql(
        `mutation ($input: CreateEvaluationMeetingInput!) { createEvaluationMeeting(input: $input) { id } }`,
        {
          input: {
            title: `矩阵评议会 ${chairUsername}`,
            year: year + 2,
            subdistrictId: await idByCode(api.server, 'subdistrict', '310101013'),
            templateId: template.data!.ratingTemplates.nodes[0].id,
            chairId: id(chairUsername),
          },
        },
        { token: tokens.adminDistrict },
      );
      const meetingId = created.data!.createEvaluationMeeting.id;
      const registered = await api.server.gql(
        `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`,
        { input: { meetingId, ids: [id('waitan.rep')] } },
        { token: tokens.adminDistrict },
      );
      expect(registered.errors).toBeUndefined();
      return meetingId;
    };
    const chaired = await meeting('waitan.chair');
    const other = await meeting('matrix.chair2');
    const query = `query ($id: ID!) { evaluationMeeting(id: $id) { representatives { username } } }`;
    const names = (d: Answer) => d.evaluationMeeting!.representatives.map((u) => u.username);
    expect(await row(query, { id: chaired }, names)).toEqual({
      adminDistrict: ['waitan.rep'],
      adminWaitan: ['waitan.rep'],
      chair: ['waitan.rep'],
      rep: 'FORBIDDEN',
      assessor: 'FORBIDDEN',
      official: 'FORBIDDEN',
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: 'FORBIDDEN',
      tokenMeetings: 'FORBIDDEN',
    });
    expect(await row(query, { id: other }, names)).toEqual({
      adminDistrict: ['waitan.rep'],
      adminWaitan: ['waitan.rep'],
      chair: 'FORBIDDEN',
      rep: 'FORBIDDEN',
      assessor: 'FORBIDDEN',
      official: 'FORBIDDEN',
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: 'FORBIDDEN',
      tokenMeetings: 'FORBIDDEN',
    });
  });
});

describe('user data, as a matrix', () => {
  it('service tokens, whatever their scopes, read no user: not me, users, user(id), node(id) nor a meeting’s chair', async () => {
    const all = await make.serviceToken(api.server, {
      name: 'matrix every scope',
      scopes: [
        'OFFICIALS_READ',
        'OFFICIALS_WRITE',
        'ASSESSMENTS_READ',
        'MEETINGS_READ',
        'MATTERS_READ',
        'MATTERS_WRITE',
      ],
    });
    const callers = { ...tokens, tokenAll: all.token } as Record<Caller | 'tokenAll', string>;
    const cells = async (query: string, variables: Record<string, unknown>, cell: (data: Answer) => unknown) => {
      const result: Record<string, unknown> = {};
      for (const [caller, token] of Object.entries(callers)) {
        const res = await api.server.gql(query, variables, { token });
        result[caller] = res.errors ? codeOf(res) : cell(res.data!);
      }
      return result;
    };
    const chairId = await make.userIdOf(api.server, 'waitan.chair');
    const meetings = await api.server.gql(
      `{ evaluationMeetings(first: 100) { nodes { id chair { id } } } }`,
      {},
      {
        token: tokens.adminDistrict,
      },
    );
    const chaired = (meetings.data!.evaluationMeetings.nodes as { id: string; chair: { id: string } | null }[]).find(
      (m) => m.chair?.id === chairId,
    );
    expect(chaired).toBeDefined();
    const TOKENS_REFUSED = {
      tokenOfficials: 'FORBIDDEN',
      tokenAssessments: 'FORBIDDEN',
      tokenBoth: 'FORBIDDEN',
      tokenMeetings: 'FORBIDDEN',
      tokenAll: 'FORBIDDEN',
    };

    expect(await cells(`{ me { role } }`, {}, (d) => d.me.role)).toEqual({
      adminDistrict: 'ADMIN',
      adminWaitan: 'ADMIN',
      chair: 'CHAIR',
      rep: 'REPRESENTATIVE',
      assessor: 'ASSESSOR',
      official: 'OFFICIAL',
      ...TOKENS_REFUSED,
    });
    const listed = (d: { users: { nodes: { username: string }[] } }) =>
      d.users.nodes.some((u) => u.username === 'waitan.chair');
    expect(
      await cells(`{ users(filter: { nameContains: "waitan.chair" }) { nodes { username } } }`, {}, listed),
    ).toEqual({
      adminDistrict: true,
      adminWaitan: true,
      chair: 'FORBIDDEN',
      rep: 'FORBIDDEN',
      assessor: 'FORBIDDEN',
      official: 'FORBIDDEN',
      ...TOKENS_REFUSED,
    });
    const byId = `query ($id: ID!) { user(id: $id) { username } node(id: $id) { ... on User { role } } }`;
    expect(
      await cells(byId, { id: chairId }, (d) => [
        d.user?.username ?? null,
        (d.node as Schema.User | null)?.role ?? null,
      ]),
    ).toEqual({
      adminDistrict: ['waitan.chair', 'CHAIR'],
      adminWaitan: ['waitan.chair', 'CHAIR'],
      chair: ['waitan.chair', 'CHAIR'],
      rep: ['waitan.chair', 'CHAIR'],
      assessor: ['waitan.chair', 'CHAIR'],
      official: ['waitan.chair', 'CHAIR'],
      ...TOKENS_REFUSED,
    });
    const chair = `query ($id: ID!) { evaluationMeeting(id: $id) { chair { username role } } }`;
    const row = await cells(chair, { id: chaired!.id }, (d) => d.evaluationMeeting?.chair?.username ?? null);
    expect(row).toEqual({
      adminDistrict: 'waitan.chair',
      adminWaitan: 'waitan.chair',
      chair: 'waitan.chair',
      rep: 'waitan.chair',
      assessor: 'waitan.chair',
      official: 'waitan.chair',
      ...TOKENS_REFUSED,
    });
  });
});
