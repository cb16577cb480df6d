import type { DataSource } from 'typeorm';
import type { ResidentSurvey, SurveyQuestion } from './resident-survey.entity';
import { DIMENSIONS, SurveyDimension, SurveyStatus } from './survey-enums';
import type {
  DimensionFigures,
  NeighborhoodSurveyRates,
  QuestionFigures,
  SubdistrictSurveyRates,
} from './survey.types';

/**
 * docs/rules.md rule 12's publication gate, in one place: a survey's results are published once it
 * is CLOSED and has at least its minimum count of answers. Every reader — `surveyResults`, the
 * 街道 roll-up, the ranking's survey rates — goes through this file.
 */
export function isPublished(survey: Pick<ResidentSurvey, 'status' | 'minimumAnswers'>, answers: number): boolean {
  return survey.status === SurveyStatus.CLOSED && answers >= survey.minimumAnswers;
}

/** The same gate as SQL: the published surveys, with their answer counts, as a relation (`published`). */
const PUBLISHED = `published AS (
  SELECT rs.*, (SELECT count(*)::int FROM survey_answer a WHERE a.survey_id = rs.id) AS answers
    FROM resident_survey rs WHERE rs.status = '${SurveyStatus.CLOSED}' AND rs.subdistrict_id = ANY($1::uuid[])
), pub AS (SELECT * FROM published WHERE answers >= minimum_answers)`;

/** Per published survey and question: scores given, their sum, scores of 4–5 and the count of each score. */
const FIGURES = `
SELECT c.id AS survey_id, c.subdistrict_id, c.neighborhood_id, n.name AS neighborhood_name, c.period, c.answers,
       x.key, count(*)::int AS n, sum(x.value::int)::int AS total, count(*) FILTER (WHERE x.value::int >= 4)::int AS favourable,
       array[count(*) FILTER (WHERE x.value = '1'), count(*) FILTER (WHERE x.value = '2'), count(*) FILTER (WHERE x.value = '3'),
             count(*) FILTER (WHERE x.value = '4'), count(*) FILTER (WHERE x.value = '5')]::int[] AS distribution
  FROM chosen c JOIN neighborhood n ON n.id = c.neighborhood_id
  JOIN survey_answer a ON a.survey_id = c.id CROSS JOIN LATERAL jsonb_each_text(a.scores) x
 GROUP BY 1, 2, 3, 4, 5, 6, 7`;

/** One row of FIGURES. */
interface FigureRow {
  survey_id: string;
  subdistrict_id: string;
  neighborhood_id: string;
  neighborhood_name: string;
  period: string;
  answers: number;
  key: string;
  n: number;
  total: number;
  favourable: number;
  distribution: number[];
}

/** A published survey's figures as read: its questions (from the survey row) and the rows per question. */
interface SurveyFigures {
  surveyId: string;
  subdistrictId: string;
  neighborhoodId: string;
  neighborhoodName: string;
  period: string;
  answers: number;
  questions: SurveyQuestion[];
  rows: FigureRow[];
}

async function readFigures(db: DataSource, chosen: string, params: unknown[]): Promise<SurveyFigures[]> {
  const rows = (await db.query(
    `WITH ${PUBLISHED}, chosen AS (${chosen}),
     q AS (SELECT c.id, c.questions FROM chosen c)
     SELECT 'q' AS part, id AS survey_id, questions, NULL::json AS figure FROM q
     UNION ALL SELECT 'f', f.survey_id, NULL, row_to_json(f) FROM (${FIGURES}) f`,
    params,
  )) as { part: string; survey_id: string; questions: SurveyQuestion[] | null; figure: FigureRow | null }[];
  const bySurvey = new Map<string, SurveyFigures>();
  for (const row of rows.filter((r) => r.part === 'q'))
    bySurvey.set(row.survey_id, {
      surveyId: row.survey_id,
      subdistrictId: '',
      neighborhoodId: '',
      neighborhoodName: '',
      period: '',
      answers: 0,
      questions: row.questions ?? [],
      rows: [],
    });
  for (const { figure } of rows.filter((r) => r.part === 'f')) {
    const survey = bySurvey.get(figure!.survey_id)!;
    Object.assign(survey, {
      subdistrictId: figure!.subdistrict_id,
      neighborhoodId: figure!.neighborhood_id,
      neighborhoodName: figure!.neighborhood_name,
      period: figure!.period,
      answers: figure!.answers,
    });
    survey.rows.push(figure!);
  }
  // A published survey has at least its minimum of answers, so it always has figure rows.
  return [...bySurvey.values()].filter((s) => s.rows.length > 0);
}

/** Per question of one survey, in the survey's order (docs/rules.md rule 12). */
export function questionFigures(questions: SurveyQuestion[], rows: FigureRow[]): QuestionFigures[] {
  return questions.map((q) => {
    const row = rows.find((r) => r.key === q.key);
    const n = row?.n ?? 0;
    return {
      key: q.key,
      dimension: q.dimension,
      text: q.text,
      answers: n,
      mean: n === 0 ? 0 : row!.total / n,
      rate: n === 0 ? 0 : row!.favourable / n,
      distribution: row?.distribution ?? [0, 0, 0, 0, 0],
    };
  });
}

/**
 * Per dimension of one survey: every score given to its questions pooled — the rate is scores of
 * 4 or 5 / scores given, the mean their average (every answer scores every question, so this is
 * also the average of the questions' rates).
 */
export function dimensionFigures(questions: SurveyQuestion[], rows: FigureRow[], answers: number): DimensionFigures[] {
  return DIMENSIONS.map((dimension) => {
    const keys = new Set(questions.filter((q) => q.dimension === dimension).map((q) => q.key));
    const mine = rows.filter((r) => keys.has(r.key));
    const n = mine.reduce((s, r) => s + r.n, 0);
    return {
      dimension,
      answers,
      mean: n === 0 ? null : mine.reduce((s, r) => s + r.total, 0) / n,
      rate: n === 0 ? null : mine.reduce((s, r) => s + r.favourable, 0) / n,
    };
  });
}

/** The average of the dimensions' rates that exist; null when none does. */
export function overallRate(dimensions: DimensionFigures[]): number | null {
  const rates = dimensions.map((d) => d.rate).filter((r): r is number => r !== null);
  return rates.length === 0 ? null : rates.reduce((s, r) => s + r, 0) / rates.length;
}

/**
 * Rolls neighborhoods' dimension figures up to their 街道, weighted by answers (docs/rules.md rule
 * 12): Σ answers × figure / Σ answers over the neighborhoods that have the figure.
 */
export function rollUp(neighborhoods: NeighborhoodSurveyRates[]): DimensionFigures[] {
  return DIMENSIONS.map((dimension: SurveyDimension) => {
    const parts = neighborhoods
      .map((n) => n.dimensions.find((d) => d.dimension === dimension)!)
      .filter((d) => d.rate !== null);
    const answers = parts.reduce((s, d) => s + d.answers, 0);
    return {
      dimension,
      answers,
      mean: answers === 0 ? null : parts.reduce((s, d) => s + d.answers * d.mean!, 0) / answers,
      rate: answers === 0 ? null : parts.reduce((s, d) => s + d.answers * d.rate!, 0) / answers,
    };
  });
}

function toRates(subdistrictId: string, period: string, surveys: SurveyFigures[]): SubdistrictSurveyRates {
  const neighborhoods = surveys
    .map((s): NeighborhoodSurveyRates => {
      const dimensions = dimensionFigures(s.questions, s.rows, s.answers);
      return {
        surveyId: s.surveyId,
        neighborhoodId: s.neighborhoodId,
        neighborhoodName: s.neighborhoodName,
        answers: s.answers,
        dimensions,
        overallRate: overallRate(dimensions),
      };
    })
    .sort((a, b) => a.neighborhoodName.localeCompare(b.neighborhoodName, 'zh'));
  const dimensions = rollUp(neighborhoods);
  return {
    subdistrictId,
    period,
    surveys: neighborhoods.length,
    answers: neighborhoods.reduce((s, n) => s + n.answers, 0),
    dimensions,
    overallRate: overallRate(dimensions),
    neighborhoods,
  };
}

/** The published figures of one survey (one statement); null when it is not published. */
export async function publishedSurveyFigures(
  db: DataSource,
  survey: ResidentSurvey,
): Promise<{ questions: QuestionFigures[]; dimensions: DimensionFigures[]; answers: number } | null> {
  const [found] = await readFigures(db, `SELECT * FROM pub WHERE id = $2`, [[survey.subdistrictId], survey.id]);
  if (!found) return null;
  return {
    questions: questionFigures(found.questions, found.rows),
    dimensions: dimensionFigures(found.questions, found.rows, found.answers),
    answers: found.answers,
  };
}

/** The 街道's rolled-up rates of one period from its published surveys (one statement); null when none is published. */
export async function subdistrictRates(
  db: DataSource,
  subdistrictId: string,
  period: string,
): Promise<SubdistrictSurveyRates | null> {
  const surveys = await readFigures(db, `SELECT * FROM pub WHERE period = $2`, [[subdistrictId], period]);
  return surveys.length === 0 ? null : toRates(subdistrictId, period, surveys);
}

/**
 * For each 街道, its rolled-up rates of the latest period with published surveys that ended by
 * `endsBy` (YYYY-MM-DD; of two periods ending the same day, the longer), in one statement for all.
 */
export async function latestSubdistrictRates(
  db: DataSource,
  subdistrictIds: string[],
  endsBy: string,
): Promise<Map<string, SubdistrictSurveyRates>> {
  const surveys = await readFigures(
    db,
    `SELECT p.* FROM pub p JOIN (
       SELECT DISTINCT ON (subdistrict_id) subdistrict_id, period FROM pub WHERE period_end <= $2::date
        ORDER BY subdistrict_id, period_end DESC, period_start ASC) latest
       ON latest.subdistrict_id = p.subdistrict_id AND latest.period = p.period`,
    [subdistrictIds, endsBy],
  );
  const result = new Map<string, SubdistrictSurveyRates>();
  for (const id of subdistrictIds) {
    const mine = surveys.filter((s) => s.subdistrictId === id);
    if (mine.length > 0) result.set(id, toRates(id, mine[0].period, mine));
  }
  return result;
}
