/**
 * docs/rules.md rule 12 through the API: residents' surveys per neighborhood and period, one answer
 * per one-time code, anonymity (no path from an answer to its code), the closed gate and the
 * minimum count, the figures per question, per dimension and rolled up per 街道 by hand, the rates
 * beside the 三率 of the monthly ranking (in one statement), scope and bad input named by field.
 */
import { useTestApi } from './support/api';
import { gqlFrom } from './support/from-address';
import { expectData, expectError } from './support/expect';
import {
  answerWith,
  enterSheets,
  ok,
  places,
  scoresOf3,
  serviceToken,
  setSurveyStatus,
  survey,
  user,
} from './support/factories';
import { quarterOf } from '../server/survey/survey-period';

const api = useTestApi({ withShanghai: true });

const ANSWER = `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { title questionsAnswered } }`;
const FORM = `query ($code: String!) { surveyForm(code: $code) { title neighborhoodName period status questions { key dimension } } }`;
const RESULTS = `query ($id: ID!) { surveyResults(surveyId: $id) { published status answerCount minimumAnswers overallRate
  questions { key answers mean rate distribution } dimensions { dimension answers mean rate } } }`;
const RATES = `query ($s: ID!, $p: String!) { subdistrictSurveyRates(subdistrictId: $s, period: $p) { period surveys answers overallRate
  dimensions { dimension answers mean rate } neighborhoods { neighborhoodName answers overallRate dimensions { dimension rate } } } }`;
const SURVEY = `query ($id: ID!) { residentSurvey(id: $id) { id status published counts { issuedCodes usedCodes voidedCodes answers paperAnswers } } }`;
const CREATE = `mutation ($input: CreateResidentSurveyInput!) { createResidentSurvey(input: $input) { id period periodStart periodEnd minimumAnswers questions { key } } }`;

let hoods: { id: string; name: string }[];
let waitan: string;

beforeAll(async () => {
  waitan = (await places(api.server)).waitan;
  const data = await ok(
    api.server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 12) { nodes { id name } } }`,
    { s: waitan },
  );
  hoods = data.neighborhoods.nodes;
});

/** Answers with a code and returns the response (no token). */
const answer = (code: string, answers: { question: string; score: number }[]) =>
  api.server.gql(ANSWER, { input: { code, answers } }, { token: null });

describe('one answer per code', () => {
  it('takes one answer per code and refuses the second with CONFLICT on input.code', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[0].id, period: '2023-Q1', codes: 2 });
    const form = expectData(await api.server.gql(FORM, { code: s.codes[0].toLowerCase() }, { token: null }));
    expect(form.surveyForm).toMatchObject({ period: '2023-Q1', status: 'OPEN', neighborhoodName: hoods[0].name });
    expect(form.surveyForm.questions.map((q: { key: string }) => q.key)).toEqual(['a', 'p', 's']);
    expect(expectData(await answer(s.codes[0], scoresOf3(5, 4, 3))).answerSurvey.questionsAnswered).toBe(3);
    expectError(await answer(s.codes[0], scoresOf3(1, 1, 1)), 'CONFLICT', 'input.code');
    expectError(await api.server.gql(FORM, { code: s.codes[0] }, { token: null }), 'CONFLICT', 'code');
    const counts = expectData(await api.server.gql(SURVEY, { id: s.id })).residentSurvey!.counts;
    expect(counts).toEqual({ issuedCodes: 2, usedCodes: 1, voidedCodes: 0, answers: 1, paperAnswers: 0 });
  });

  it('voids unused codes, which then open nothing, and refuses to void a used one', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[0].id, period: '2023-Q2', codes: 3 });
    await answerWith(api.server, s.codes[0], scoresOf3(3, 3, 3));
    const VOID = `mutation ($input: VoidSurveyCodesInput!) { voidSurveyCodes(input: $input) { voided } }`;
    expectError(
      await api.server.gql(VOID, { input: { surveyId: s.id, codes: [s.codes[0]] } }),
      'CONFLICT',
      'input.codes',
    );
    expectError(
      await api.server.gql(VOID, { input: { surveyId: s.id, codes: ['AAAAA-BBBBB'] } }),
      'BAD_USER_INPUT',
      'input.codes',
    );
    expect(
      expectData(await api.server.gql(VOID, { input: { surveyId: s.id, codes: [s.codes[1]] } })).voidSurveyCodes.voided,
    ).toBe(1);
    expect(
      expectData(await api.server.gql(VOID, { input: { surveyId: s.id, allUnused: true } })).voidSurveyCodes.voided,
    ).toBe(1);
    expectError(await answer(s.codes[1], scoresOf3(3, 3, 3)), 'BAD_USER_INPUT', 'input.code');
    const counts = expectData(await api.server.gql(SURVEY, { id: s.id })).residentSurvey!.counts;
    expect(counts).toMatchObject({ issuedCodes: 3, usedCodes: 1, voidedCodes: 2, answers: 1 });
  });
});

describe('anonymity', () => {
  it('keeps no path from an answer to its code: no column, no time, no audit entry', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[1].id, period: '2023-Q1', codes: 1 });
    const columns = async (table: string) =>
      (
        (await api.server.db.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name`,
          [table],
        )) as { column_name: string }[]
      ).map((r) => r.column_name);
    expect(await columns('survey_answer')).toEqual(['channel', 'id', 'scores', 'survey_id']);
    expect(await columns('survey_code')).toEqual(['code_hash', 'id', 'issued_by_id', 'survey_id', 'used', 'voided']);
    const audit = async () =>
      (await api.server.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [s.id]))[0].n;
    const before = await audit();
    await answerWith(api.server, s.codes[0], scoresOf3(2, 2, 2));
    expect(await audit()).toBe(before);
    const [answerRow] = await api.server.db.query(`SELECT * FROM survey_answer WHERE survey_id = $1`, [s.id]);
    expect(Object.keys(answerRow).sort()).toEqual(['channel', 'id', 'scores', 'survey_id']);
    expect(JSON.stringify(answerRow)).not.toContain(s.codes[0].replace('-', ''));
  });
});

describe('publication: the closed gate and the minimum count', () => {
  it('shows no figures while OPEN, nor when CLOSED below the minimum; counts only for staff', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[2].id, period: '2023-Q1', codes: 5 });
    for (const code of s.codes) await answerWith(api.server, code, scoresOf3(5, 5, 5));
    const assessor = await user(api.server, { role: 'ASSESSOR' });
    const open = expectData(await api.server.gql(RESULTS, { id: s.id })).surveyResults;
    expect(open).toMatchObject({
      published: false,
      status: 'OPEN',
      answerCount: 5,
      questions: [],
      dimensions: [],
      overallRate: null,
    });
    const seen = expectData(await api.server.gql(RESULTS, { id: s.id }, { token: assessor.token })).surveyResults;
    expect(seen).toMatchObject({ published: false, answerCount: null, questions: [] });
    expect(
      expectData(await api.server.gql(SURVEY, { id: s.id }, { token: assessor.token })).residentSurvey!.counts,
    ).toBeNull();
    await setSurveyStatus(api.server, s.id, 'close');
    const closed = expectData(await api.server.gql(RESULTS, { id: s.id }, { token: assessor.token })).surveyResults;
    expect(closed).toMatchObject({ published: true, answerCount: 5, overallRate: 1 });
    expect(closed.dimensions.map((d) => d.rate)).toEqual([1, 1, 1]);
  });

  it('publishes nothing from a CLOSED survey one answer short of its minimum', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[3].id, period: '2023-Q1', codes: 4, minimumAnswers: 5 });
    for (const code of s.codes) await answerWith(api.server, code, scoresOf3(4, 4, 4));
    await setSurveyStatus(api.server, s.id, 'close');
    const res = expectData(await api.server.gql(RESULTS, { id: s.id })).surveyResults;
    expect(res).toMatchObject({
      published: false,
      status: 'CLOSED',
      answerCount: 4,
      minimumAnswers: 5,
      dimensions: [],
    });
    expect(expectData(await api.server.gql(SURVEY, { id: s.id })).residentSurvey!.published).toBe(false);
    // The roll-up leaves it out too. Another neighborhood's survey of the period is published, so
    // that the roll-up exists and the assertion reads a real list.
    const other = await survey(api.server, {
      neighborhoodId: hoods[4].id,
      period: '2023-Q1',
      codes: 5,
      minimumAnswers: 5,
    });
    for (const code of other.codes) await answerWith(api.server, code, scoresOf3(4, 4, 4));
    await setSurveyStatus(api.server, other.id, 'close');
    const rates = expectData(await api.server.gql(RATES, { s: waitan, p: '2023-Q1' })).subdistrictSurveyRates;
    expect(rates).not.toBeNull();
    expect(rates!.neighborhoods.map((n: { neighborhoodName: string }) => n.neighborhoodName)).toContain(hoods[4].name);
    expect(rates?.neighborhoods.map((n: { neighborhoodName: string }) => n.neighborhoodName) ?? []).not.toContain(
      hoods[3].name,
    );
  });
});

describe('figures by hand', () => {
  // Neighborhood A (5 answers by code) and B (10 paper sheets), one question per dimension:
  //   A: a 5,5,4,2,1 (rate 3/5, mean 3.4); p 3×5 (rate 0, mean 3); s 5,4,4,4,4 (rate 1, mean 4.2)
  //   B: a 5×5 + 1×5 (rate 0.5, mean 3); p 4×10 (rate 1, mean 4); s 2×10 (rate 0, mean 2)
  // 外滩 weighted by answers: a (5·0.6 + 10·0.5)/15 = 8/15; p (0 + 10)/15 = 2/3; s (5 + 0)/15 = 1/3;
  // mean a (5·3.4 + 10·3)/15 = 47/15; overall (8/15 + 2/3 + 1/3)/3 = 23/45.
  let a: string;
  beforeAll(async () => {
    const sa = await survey(api.server, { neighborhoodId: hoods[4].id, period: '2024-Q2', codes: 5 });
    const aScores = [5, 5, 4, 2, 1];
    const sScores = [5, 4, 4, 4, 4];
    for (const [i, code] of sa.codes.entries())
      await answerWith(api.server, code, scoresOf3(aScores[i], 3, sScores[i]));
    const sb = await survey(api.server, { neighborhoodId: hoods[5].id, period: '2024-Q2' });
    await enterSheets(
      api.server,
      sb.id,
      Array.from({ length: 10 }, (_, i) => scoresOf3(i < 5 ? 5 : 1, 4, 2)),
    );
    await setSurveyStatus(api.server, sa.id, 'close');
    await setSurveyStatus(api.server, sb.id, 'close');
    a = sa.id;
  });

  it('gives per question and per dimension figures of a neighborhood', async () => {
    const res = expectData(await api.server.gql(RESULTS, { id: a })).surveyResults;
    expect(res.published).toBe(true);
    expect(res.questions[0]).toEqual({ key: 'a', answers: 5, mean: 3.4, rate: 0.6, distribution: [1, 1, 0, 1, 2] });
    expect(res.dimensions).toEqual([
      { dimension: 'AWARENESS', answers: 5, mean: 3.4, rate: 0.6 },
      { dimension: 'PARTICIPATION', answers: 5, mean: 3, rate: 0 },
      { dimension: 'SATISFACTION', answers: 5, mean: 4.2, rate: 1 },
    ]);
    expect(res.overallRate).toBeCloseTo(1.6 / 3, 12);
  });

  it('rolls the 街道 up weighted by answers', async () => {
    const rates = expectData(await api.server.gql(RATES, { s: waitan, p: '2024-Q2' })).subdistrictSurveyRates;
    expect(rates).toMatchObject({ period: '2024-Q2', surveys: 2, answers: 15 });
    const [aw, pa, sa] = rates!.dimensions;
    expect(aw.rate).toBeCloseTo(8 / 15, 12);
    expect(aw.mean).toBeCloseTo(47 / 15, 12);
    expect(pa.rate).toBeCloseTo(2 / 3, 12);
    expect(sa.rate).toBeCloseTo(1 / 3, 12);
    expect(rates!.overallRate).toBeCloseTo(23 / 45, 12);
    expect(rates!.neighborhoods.map((n: { answers: number }) => n.answers).sort()).toEqual([10, 5]);
  });

  it('shows the rates beside the 三率 of the 街道 ranking, in one more statement for all rows', async () => {
    const huangpu = (await places(api.server)).huangpu;
    const query = (
      withRates: boolean,
    ) => `query ($d: ID!, $m: String!) { matterRanking(districtId: $d, month: $m, level: SUBDISTRICT) {
      rows { subdistrictId current { score } ${withRates ? 'surveyRates { period answers dimensions { dimension rate } }' : ''} } } }`;
    type Row = {
      subdistrictId: string;
      surveyRates: { period: string; answers: number; dimensions: { rate: number }[] } | null;
    };
    let june: { matterRanking: { rows: Row[] } } | undefined;
    const withRates = await api.server.countQueries(async () => {
      june = await ok(api.server, query(true), { d: huangpu, m: '2024-06' });
    });
    const without = await api.server.countQueries(() => ok(api.server, query(false), { d: huangpu, m: '2024-06' }));
    expect(withRates).toBe(without + 1);
    const rows = june!.matterRanking.rows;
    expect(rows.length).toBeGreaterThan(5);
    const row = rows.find((r) => r.subdistrictId === waitan)!;
    expect(row.surveyRates).toMatchObject({ period: '2024-Q2', answers: 15 });
    expect(row.surveyRates!.dimensions[1].rate).toBeCloseTo(2 / 3, 12);
    // In May the quarter has not ended: May's ranking shows an earlier period, if any.
    const may = await ok(api.server, query(true), { d: huangpu, m: '2024-05' });
    const mayRates = may.matterRanking.rows.find((r) => r.subdistrictId === waitan)!.surveyRates;
    expect(mayRates?.period ?? null).not.toBe('2024-Q2');
  });
});

describe('bad input, named by field, nothing half-written', () => {
  it('refuses scores outside 1–5, a question left out, twice or unknown, and keeps the code usable', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[6].id, period: '2023-Q1', codes: 1 });
    const code = s.codes[0];
    expectError(await answer(code, scoresOf3(6, 3, 3)), 'BAD_USER_INPUT', 'input.answers.0.score');
    expectError(await answer(code, scoresOf3(3, 0, 3)), 'BAD_USER_INPUT', 'input.answers.1.score');
    expectError(await answer(code, scoresOf3(3, 3, 3).slice(0, 2)), 'BAD_USER_INPUT', 'input.answers');
    expectError(
      await answer(code, [...scoresOf3(3, 3, 3), { question: 'a', score: 4 }]),
      'BAD_USER_INPUT',
      'input.answers.3.question',
    );
    expectError(
      await answer(code, [{ question: 'constructor', score: 3 }, ...scoresOf3(3, 3, 3)]),
      'BAD_USER_INPUT',
      'input.answers.0.question',
    );
    expectError(await answer('ZZZZZ-ZZZZZ', scoresOf3(3, 3, 3)), 'BAD_USER_INPUT', 'input.code');
    expect(expectData(await api.server.gql(SURVEY, { id: s.id })).residentSurvey!.counts!.answers).toBe(0);
    expectData(await answer(code, scoresOf3(3, 3, 3)));
    expectError(await answer(code, scoresOf3(3, 3, 3)), 'CONFLICT', 'input.code');
  });

  it('refuses answers to a DRAFT or CLOSED survey with CONFLICT on input.code', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[7].id, period: '2023-Q1', codes: 1, open: false });
    expectError(await answer(s.codes[0], scoresOf3(3, 3, 3)), 'CONFLICT', 'input.code');
    await setSurveyStatus(api.server, s.id, 'open');
    await setSurveyStatus(api.server, s.id, 'close');
    expectError(await answer(s.codes[0], scoresOf3(3, 3, 3)), 'CONFLICT', 'input.code');
    expectError(
      await api.server.gql(`mutation ($id: ID!) { closeResidentSurvey(id: $id) { id } }`, { id: s.id }),
      'CONFLICT',
      'id',
    );
    expectError(
      await api.server.gql(`mutation ($i: IssueSurveyCodesInput!) { issueSurveyCodes(input: $i) { codes } }`, {
        i: { surveyId: s.id, count: 1 },
      }),
      'CONFLICT',
      'input.surveyId',
    );
    expectError(await enterSheetsRes(s.id, [scoresOf3(3, 3, 3)]), 'CONFLICT', 'input.surveyId');
  });

  it('refuses bad surveys: period, a second of the period, a dimension without question, a minimum below 5', async () => {
    const input = { neighborhoodId: hoods[8].id, period: '2023-Q1' };
    const created = expectData(await api.server.gql(CREATE, { input })).createResidentSurvey;
    expect(created).toMatchObject({ periodStart: '2023-01-01', periodEnd: '2023-03-31', minimumAnswers: 10 });
    expect(created.questions).toHaveLength(6);
    expectError(await api.server.gql(CREATE, { input }), 'CONFLICT', 'input.period');
    expectError(
      await api.server.gql(CREATE, { input: { ...input, period: '2023-Q5' } }),
      'BAD_USER_INPUT',
      'input.period',
    );
    expectError(
      await api.server.gql(CREATE, {
        input: {
          ...input,
          period: '2023-Q2',
          questions: [
            { key: 'a', dimension: 'AWARENESS', text: '一' },
            { key: 'b', dimension: 'AWARENESS', text: '二' },
            { key: 'c', dimension: 'SATISFACTION', text: '三' },
          ],
        },
      }),
      'BAD_USER_INPUT',
      'input.questions',
    );
    expectError(
      await api.server.gql(CREATE, { input: { ...input, period: '2023-Q2', minimumAnswers: 4 } }),
      'BAD_USER_INPUT',
      'input.minimumAnswers',
    );
    const rows = await api.server.db.query(
      `SELECT period FROM resident_survey WHERE neighborhood_id = $1 AND period LIKE '2023%'`,
      [hoods[8].id],
    );
    expect(rows).toEqual([{ period: '2023-Q1' }]);
  });

  it('refuses a paper sheet with a question left out, naming the sheet, and enters none', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[9].id, period: '2023-Q1' });
    expectError(
      await enterSheetsRes(s.id, [scoresOf3(3, 3, 3), scoresOf3(3, 3, 3).slice(1)]),
      'BAD_USER_INPUT',
      'input.sheets.1.answers',
    );
    expect(expectData(await api.server.gql(SURVEY, { id: s.id })).residentSurvey!.counts!.answers).toBe(0);
  });
});

describe('scope and roles', () => {
  it('lets only ADMINs over the 街道 run surveys, hides them outside the scope and asks tokens for surveys:read', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[10].id, period: '2023-Q1', codes: 1 });
    const rep = await user(api.server, { role: 'REPRESENTATIVE' });
    expectError(
      await api.server.gql(
        CREATE,
        { input: { neighborhoodId: hoods[10].id, period: '2023-Q3' } },
        { token: rep.token },
      ),
      'FORBIDDEN',
    );
    expectError(await enterSheetsRes(s.id, [scoresOf3(3, 3, 3)], rep.token), 'FORBIDDEN');
    const nanjing = await user(api.server, { role: 'ADMIN', subdistrictId: (await places(api.server)).nanjing });
    expect(expectData(await api.server.gql(SURVEY, { id: s.id }, { token: nanjing.token })).residentSurvey).toBeNull();
    expectError(await api.server.gql(RESULTS, { id: s.id }, { token: nanjing.token }), 'NOT_FOUND');
    expectError(
      await api.server.gql(
        `mutation ($id: ID!) { closeResidentSurvey(id: $id) { id } }`,
        { id: s.id },
        { token: nanjing.token },
      ),
      'NOT_FOUND',
    );
    const LIST = `query { residentSurveys(filter: { period: "2023-Q1" }, first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const matters = await serviceToken(api.server, { scopes: ['MATTERS_READ'] });
    expectError(await api.server.gql(LIST, {}, { token: matters.token }), 'FORBIDDEN');
    const surveys = await serviceToken(api.server, { scopes: ['SURVEYS_READ'] });
    const page = expectData(await api.server.gql(LIST, {}, { token: surveys.token })).residentSurveys;
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(expectData(await api.server.gql(LIST, {}, { token: nanjing.token })).residentSurveys.totalCount).toBe(0);
  });

  it('pages surveys as a Relay connection', async () => {
    const LIST = `query ($after: String) { residentSurveys(filter: { subdistrictId: "${waitan}" }, first: 2, after: $after,
      orderBy: [{ field: CREATED_AT }]) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = expectData(await api.server.gql(LIST, {})).residentSurveys;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = expectData(await api.server.gql(LIST, { after: first.pageInfo.endCursor })).residentSurveys;
    expect(next.edges[0].node.id).not.toBe(first.edges[1].node.id);
    // The second page starts after the first: none of its surveys were on the first page.
    const firstIds = first.edges.map((e) => e.node.id);
    expect(next.edges.length).toBeGreaterThan(0);
    for (const edge of next.edges) expect(firstIds).not.toContain(edge.node.id);
    expect(next.totalCount).toBe(first.totalCount);
  });
});

describe('demo set', () => {
  it('has one CLOSED survey per 外滩 neighborhood for last quarter, each published', async () => {
    const [year, quarter] = quarterOf(new Date()).split('-Q').map(Number);
    const period = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
    const data = await ok(
      api.server,
      `query ($s: ID!, $p: String!) {
        neighborhoods(filter: { subdistrictId: $s }) { totalCount }
        residentSurveys(filter: { subdistrictId: $s, period: $p, status: [CLOSED] }, first: 100) { totalCount nodes { published } }
        subdistrictSurveyRates(subdistrictId: $s, period: $p) { surveys dimensions { rate } } }`,
      { s: waitan, p: period },
    );
    expect(data.residentSurveys.totalCount).toBe(data.neighborhoods.totalCount);
    expect(data.residentSurveys.nodes.every((n: { published: boolean }) => n.published)).toBe(true);
    expect(data.subdistrictSurveyRates!.surveys).toBe(data.neighborhoods.totalCount);
    for (const d of data.subdistrictSurveyRates!.dimensions) expect(d.rate).toBeGreaterThan(0);
  });
});

describe('code guesses', () => {
  it('refuses every code from an address once it has spent 20 failures', async () => {
    const s = await survey(api.server, { neighborhoodId: hoods[11].id, period: '2023-Q1', codes: 1 });
    for (let i = 0; i < 20; i++)
      expectError(
        await gqlFrom(api.server, '127.0.0.31', ANSWER, { input: { code: `GUESS-${i}`, answers: scoresOf3(3, 3, 3) } }),
        'BAD_USER_INPUT',
        'input.code',
      );
    expectError(
      await gqlFrom(api.server, '127.0.0.31', ANSWER, { input: { code: s.codes[0], answers: scoresOf3(3, 3, 3) } }),
      'UNAUTHENTICATED',
    );
    expectData(
      await gqlFrom(api.server, '127.0.0.32', ANSWER, { input: { code: s.codes[0], answers: scoresOf3(3, 3, 3) } }),
    );
  });
});

/** Paper sheets as a response (enterSurveyAnswers), by the signed-in ADMIN unless `token`. */
function enterSheetsRes(surveyId: string, sheets: { question: string; score: number }[][], token?: string) {
  return api.server.gql(
    `mutation ($input: EnterSurveyAnswersInput!) { enterSurveyAnswers(input: $input) { entered } }`,
    { input: { surveyId, sheets: sheets.map((answers) => ({ answers })) } },
    token ? { token } : {},
  );
}
