/**
 * docs/rules.md rule 13's monthly ranking (三率) through the API: the three rates, the charged delay and
 * the composite score computed by hand for a small month of 外滩街道 (March 2025, with February for
 * comparison), the district's weights per year, and the SQL statements of the whole district's
 * month, the same for an empty month as for a full one.
 */
import { useTestApi } from './support/api';
import { MatterFixture, receive, restoreClock, setClock, setUpMatters } from './support/matter-fixture';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
let f: MatterFixture;
afterAll(restoreClock);

const RANKING = `query ($d: ID!, $m: String!, $l: MatterRankingLevel!) {
  matterRanking(districtId: $d, month: $m, level: $l) {
    month previousMonth weights { responseWeight resolutionWeight satisfactionWeight isDefault }
    rows { subdistrictId name officeId agencyId rank previousRank
      current { received respondedInTime responseRate due resolvedInTime resolutionRate rated satisfied satisfactionRate chargedWorkingDays score }
      previous { received respondedInTime responseRate due resolvedInTime resolutionRate rated satisfied satisfactionRate chargedWorkingDays score } } } }`;

async function act(at: string, mutation: string, id: string, token: string, input = '{ text: "办理" }'): Promise<void> {
  setClock(at);
  await ok(api.server, `mutation ($id: ID!) { ${mutation}(id: $id, input: ${input}) { id } }`, { id }, token);
}

async function rate(at: string, trackingCode: string, satisfaction: string, comment?: string): Promise<void> {
  setClock(at);
  await ok(
    api.server,
    `mutation ($input: RateMatterInput!) { rateMatter(input: $input) { status } }`,
    { input: { trackingCode, satisfaction, comment } },
    null,
  );
}

const base = { channel: 'COUNTER', title: '诉求', description: '居民反映的问题' };

beforeAll(async () => {
  f = await setUpMatters(api.server, 'rk');
  const at = (iso: string, type: string, token: string) => {
    setClock(iso);
    return receive(api.server, token, { ...base, type, subdistrictId: f.waitanId });
  };
  // February: 服务办 receives a consultation on Thursday 02-20, answers and resolves it the same day.
  const feb = await at('2025-02-20T09:00:00+08:00', 'CONSULTATION', f.tokens.service);
  await act('2025-02-20T11:00:00+08:00', 'resolveMatter', feb.matter.id, f.tokens.service);

  // M1: received Monday 03-03, answered within the day, resolved 03-05 (due 03-10), rated SATISFIED.
  const m1 = await at('2025-03-03T09:00:00+08:00', 'COMPLAINT', f.tokens.service);
  await act('2025-03-03T10:00:00+08:00', 'respondToMatter', m1.matter.id, f.tokens.service);
  await act('2025-03-05T10:00:00+08:00', 'resolveMatter', m1.matter.id, f.tokens.service);
  await rate('2025-03-06T10:00:00+08:00', m1.trackingCode, 'SATISFIED');
  // M2: a consultation of 03-03, due at the end of 03-04, first answered and resolved on 03-05 (late); rated DISSATISFIED.
  const m2 = await at('2025-03-03T09:00:00+08:00', 'CONSULTATION', f.tokens.service);
  await act('2025-03-05T09:00:00+08:00', 'respondToMatter', m2.matter.id, f.tokens.service);
  await act('2025-03-05T09:30:00+08:00', 'resolveMatter', m2.matter.id, f.tokens.service);
  await rate('2025-03-06T10:00:00+08:00', m2.trackingCode, 'DISSATISFIED', '答非所问');
  // M3: received by 服务办 on 03-04 09:00, passed to 平安办 on 03-05 09:00 (charged 15/24 + 9/24 = 1 working day),
  // answered by 平安办 at 10:00 (within the response window of 服务办's receipt), resolved 03-06, rated
  // VERY_DISSATISFIED; 平安办's appeal is upheld, so the rating counts nowhere and nothing was reopened.
  const m3 = await at('2025-03-04T09:00:00+08:00', 'COMPLAINT', f.tokens.service);
  await act(
    '2025-03-05T09:00:00+08:00',
    'transferMatter',
    m3.matter.id,
    f.tokens.service,
    `{ targetOfficeId: "${f.offices.safety.id}", duty: "人民调解和信访", reason: "邻里纠纷" }`,
  );
  await act('2025-03-05T10:00:00+08:00', 'respondToMatter', m3.matter.id, f.tokens.safety);
  await act('2025-03-06T10:00:00+08:00', 'resolveMatter', m3.matter.id, f.tokens.safety);
  await rate('2025-03-07T10:00:00+08:00', m3.trackingCode, 'VERY_DISSATISFIED', '没有解决');
  await act(
    '2025-03-07T11:00:00+08:00',
    'appealRectification',
    m3.matter.id,
    f.tokens.safety,
    '{ text: "已依法调解，当事人拒绝" }',
  );
  await act(
    '2025-03-07T12:00:00+08:00',
    'decideRectificationAppeal',
    m3.matter.id,
    f.tokens.district,
    '{ approve: true, reason: "调解记录属实" }',
  );
  // M4: the police station receives a complaint on 03-10 and does nothing (due 03-17).
  await at('2025-03-10T09:00:00+08:00', 'COMPLAINT', f.tokens.police);
  setClock('2025-04-15T12:00:00+08:00');
});

describe('matterRanking (rule 13, 三率)', () => {
  it("computes each unit's three rates, charged delay and score as by hand, ranked within the 街道", async () => {
    const { matterRanking: r } = await ok(api.server, RANKING, { d: f.districtId, m: '2025-03', l: 'UNIT' });
    expect(r).toMatchObject({
      month: '2025-03',
      previousMonth: '2025-02',
      weights: { responseWeight: 10, resolutionWeight: 45, satisfactionWeight: 45, isDefault: true },
    });
    const row = (id: string) => r.rows.find((x) => x.officeId === id || x.agencyId === id);
    // 服务办: received M1, M2, M3; answered in time M1 and M3 (2/3). Due in March M1 and M2; only M1 in time
    // and not reopened (1/2). Rated M1 and M2; one satisfied (1/2). Charged 1 working day for M3.
    // Score = 10·2/3 + 45·1/2 + 45·1/2 = 51.67.
    expect(row(f.offices.service.id)).toMatchObject({
      rank: 2,
      previousRank: 1,
      current: {
        received: 3,
        respondedInTime: 2,
        due: 2,
        resolvedInTime: 1,
        rated: 2,
        satisfied: 1,
        chargedWorkingDays: 1,
        responseRate: 2 / 3,
        resolutionRate: 0.5,
        satisfactionRate: 0.5,
      },
      // February: one consultation answered and resolved in time, unrated: (10·1 + 45·1) / 55 = 100.
      previous: {
        received: 1,
        respondedInTime: 1,
        due: 1,
        resolvedInTime: 1,
        rated: 0,
        satisfactionRate: null,
        score: 100,
      },
    });
    expect(row(f.offices.service.id)!.current.score).toBeCloseTo(10 * (2 / 3) + 22.5 + 22.5, 10);
    // 平安办: nothing received; M3 due and resolved in time, its rectification ended by the upheld appeal;
    // its rating left out. Score = 45·1 / 45 = 100.
    expect(row(f.offices.safety.id)).toMatchObject({
      rank: 1,
      current: {
        received: 0,
        responseRate: null,
        due: 1,
        resolvedInTime: 1,
        resolutionRate: 1,
        rated: 0,
        satisfactionRate: null,
        score: 100,
      },
    });
    // The police station: M4 neither answered nor resolved: (10·0 + 45·0) / 55 = 0.
    expect(row(f.police.id)).toMatchObject({
      rank: 3,
      current: {
        received: 1,
        respondedInTime: 0,
        responseRate: 0,
        due: 1,
        resolutionRate: 0,
        satisfactionRate: null,
        score: 0,
      },
    });
    // Units without matters have no score and no rank.
    expect(row(f.offices.partyGovernment.id)).toMatchObject({ rank: null, current: { received: 0, score: null } });
  });

  it("uses the district's weights of the year and ranks the 街道 of the district", async () => {
    const set = await api.server.gql(
      `mutation ($d: ID!) { setMatterRankingWeights(input: { districtId: $d, year: 2025, responseWeight: 20, resolutionWeight: 40, satisfactionWeight: 41 }) { isDefault } }`,
      { d: f.districtId },
      { token: f.tokens.district },
    );
    expect(set.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.satisfactionWeight' });
    const forbidden = await api.server.gql(
      `mutation ($d: ID!) { setMatterRankingWeights(input: { districtId: $d, year: 2025, responseWeight: 20, resolutionWeight: 40, satisfactionWeight: 40 }) { isDefault } }`,
      { d: f.districtId },
      { token: f.tokens.street },
    );
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await ok(
      api.server,
      `mutation ($d: ID!) { setMatterRankingWeights(input: { districtId: $d, year: 2025, responseWeight: 20, resolutionWeight: 40, satisfactionWeight: 40 }) { isDefault } }`,
      { d: f.districtId },
      f.tokens.district,
    );

    const units = (await ok(api.server, RANKING, { d: f.districtId, m: '2025-03', l: 'UNIT' })).matterRanking;
    expect(units.weights).toMatchObject({
      responseWeight: 20,
      resolutionWeight: 40,
      satisfactionWeight: 40,
      isDefault: false,
    });
    expect(units.rows.find((x) => x.officeId === f.offices.service.id)!.current.score).toBeCloseTo(
      20 * (2 / 3) + 20 + 20,
      10,
    );

    const { matterRanking: r } = await ok(api.server, RANKING, { d: f.districtId, m: '2025-03', l: 'SUBDISTRICT' });
    const waitan = r.rows.find((x) => x.subdistrictId === f.waitanId);
    // 外滩: received 4 (2 answered in time), due 4 (2 in time), rated 2 (1 satisfied): 20·1/2 + 40·1/2 + 40·1/2 = 50.
    expect(waitan).toMatchObject({
      name: '外滩街道',
      rank: 1,
      current: {
        received: 4,
        respondedInTime: 2,
        due: 4,
        resolvedInTime: 2,
        rated: 2,
        satisfied: 1,
        chargedWorkingDays: 1,
        score: 50,
      },
    });
    expect(r.rows.find((x) => x.subdistrictId === f.nanjingId)).toMatchObject({
      rank: null,
      current: { received: 0, score: null },
    });
    // A 街道-scoped user sees its own 街道's rows only.
    const own = (await ok(api.server, RANKING, { d: f.districtId, m: '2025-03', l: 'UNIT' }, f.tokens.street))
      .matterRanking.rows;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => x.subdistrictId === f.waitanId)).toBe(true);
    expect(
      (await api.server.gql(RANKING, { d: f.districtId, m: '2025-13', l: 'UNIT' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  it("reads the whole district's month in the same few statements, full or empty", async () => {
    const measure = async (month: string) =>
      api.server.countQueries(async () => {
        await ok(api.server, RANKING, { d: f.districtId, m: month, l: 'UNIT' });
      });
    const full = await measure('2025-03');
    const empty = await measure('2003-03');
    // the session check, the district, the weights, the units, the figures
    expect(full).toBe(5);
    expect(empty).toBe(full);
  });
});
