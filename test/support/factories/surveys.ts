import type { TestServer } from '../server';
import { ok } from './call';

/** One question per dimension, so that a test's figures are easy to compute by hand. */
export const THREE_QUESTIONS = [
  { key: 'a', dimension: 'AWARENESS', text: '您了解居委会的服务吗？' },
  { key: 'p', dimension: 'PARTICIPATION', text: '您参加过居民区的活动吗？' },
  { key: 's', dimension: 'SATISFACTION', text: '您对街道的工作满意吗？' },
];

/** Scores of THREE_QUESTIONS as an answer's `answers`. */
export function scoresOf3(a: number, p: number, s: number): { question: string; score: number }[] {
  return [
    { question: 'a', score: a },
    { question: 'p', score: p },
    { question: 's', score: s },
  ];
}

/** A survey a factory made: its id, and the codes issued for it (if any). */
export interface MadeSurvey {
  id: string;
  codes: string[];
}

/** What a new survey may be given; everything but the neighborhood has a default. */
export interface SurveyOptions {
  neighborhoodId: string;
  /** Default 2024-Q2 … */
  period?: string;
  /** … minimum 5 and THREE_QUESTIONS. */
  minimumAnswers?: number;
  questions?: typeof THREE_QUESTIONS;
  /** Codes to issue (default 0). */
  codes?: number;
  /** Open it (default true). */
  open?: boolean;
  /** ADMIN token (default the server's). */
  as?: string;
}

/**
 * A residents' survey made through the API (createResidentSurvey, issueSurveyCodes,
 * openResidentSurvey) as the signed-in ADMIN: OPEN by default, with `codes` codes.
 */
export async function survey(server: TestServer, options: SurveyOptions): Promise<MadeSurvey> {
  const created = await ok(
    server,
    `mutation ($input: CreateResidentSurveyInput!) { createResidentSurvey(input: $input) { id } }`,
    {
      input: {
        neighborhoodId: options.neighborhoodId,
        period: options.period ?? '2024-Q2',
        minimumAnswers: options.minimumAnswers ?? 5,
        questions: options.questions ?? THREE_QUESTIONS,
      },
    },
    options.as,
  );
  const id = created.createResidentSurvey.id as string;
  let codes: string[] = [];
  if (options.codes) {
    const issued = await ok(
      server,
      `mutation ($input: IssueSurveyCodesInput!) { issueSurveyCodes(input: $input) { codes } }`,
      { input: { surveyId: id, count: options.codes } },
      options.as,
    );
    codes = issued.issueSurveyCodes.codes;
  }
  if (options.open !== false) await setSurveyStatus(server, id, 'open', options.as);
  return { id, codes };
}

/** Opens or closes a survey (openResidentSurvey / closeResidentSurvey). */
export async function setSurveyStatus(
  server: TestServer,
  id: string,
  to: 'open' | 'close',
  as?: string,
): Promise<void> {
  const name = to === 'open' ? 'openResidentSurvey' : 'closeResidentSurvey';
  await ok(server, `mutation ($id: ID!) { ${name}(id: $id) { id } }`, { id }, as);
}

/** Answers with a code, without a token (answerSurvey). */
export async function answerWith(
  server: TestServer,
  code: string,
  answers: { question: string; score: number }[],
): Promise<void> {
  await ok(
    server,
    `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { questionsAnswered } }`,
    { input: { code, answers } },
    null,
  );
}

/** Enters paper sheets (enterSurveyAnswers) as the signed-in ADMIN. */
export async function enterSheets(
  server: TestServer,
  surveyId: string,
  sheets: { question: string; score: number }[][],
): Promise<void> {
  await ok(server, `mutation ($input: EnterSurveyAnswersInput!) { enterSurveyAnswers(input: $input) { entered } }`, {
    input: { surveyId, sheets: sheets.map((answers) => ({ answers })) },
  });
}
