import { BadUserInputError, ConflictError, ForbiddenError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import { UnauthenticatedError } from '../core/errors';
import { hashBallotCode, newBallotCode } from '../rating/ballot-secret';
import { ballotCodeThrottle, type OneTimeCodeKind } from '../rating/ballot-throttle';
import type { ResidentSurveyService } from './resident-survey.service';
import type { SurveyQuestion } from './resident-survey.entity';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyCode } from './survey-code.entity';
import { SurveyChannel, SurveyStatus } from './survey-enums';
import { SurveyEvent, surveyEvent } from './survey-events';
import {
  AnswerSurveyInput,
  EnterSurveyAnswersInput,
  IssueSurveyCodesInput,
  SurveyScoreInput,
  VoidSurveyCodesInput,
} from './survey.inputs';
import type {
  EnteredSurveyAnswers,
  IssuedSurveyCodes,
  SurveyAnswerReceipt,
  SurveyForm,
  VoidedSurveyCodes,
} from './survey.types';
import { coreReasons } from '../core/core-reasons';
import { surveyReasons } from './reasons';

/** Survey codes are limited per address as ballot codes are (docs/rules.md rules 7 and 12), counted apart from them. */
export const SURVEY_CODES: OneTimeCodeKind = { keyPrefix: 'survey-code', plural: 'survey codes' };

/** The message of every code that opens nothing: unknown or voided. */
export const INVALID_SURVEY_CODE =
  'This survey code is not valid: check it against your slip, or ask your residents’ committee';

/** The services this service calls. */
export interface SurveyCodeDeps {
  residentSurveys: ResidentSurveyService;
}

interface CodeRow {
  id: string;
  survey_id: string;
  used: boolean;
  status: SurveyStatus;
  title: string;
  period: string;
  questions: SurveyQuestion[];
  neighborhood_name: string;
}

/**
 * Survey codes and answers (docs/rules.md rule 12): issuing and voiding codes (ADMINs over the
 * survey), the resident's form and answer by code without an account (one answer per code; the
 * answer names no code), and paper answers entered at a meeting by a CHAIR or ADMIN. Codes are
 * made, hashed and limited per address with the ballot codes' helpers.
 */
export class SurveyCodeService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: SurveyCodeDeps,
  ) {}

  private get viewer() {
    if (!this.ctx.viewer) throw new UnauthenticatedError(coreReasons['auth.signInFirst']());
    return this.ctx.viewer;
  }

  /**
   * Prints `count` new codes for a DRAFT or OPEN survey (an ADMIN over it), recorded with the
   * count; the codes are returned this once, in alphabetical order. CONFLICT on `input.surveyId`
   * for a CLOSED survey.
   */
  async issue(input: IssueSurveyCodesInput): Promise<IssuedSurveyCodes> {
    const survey = await this.deps.residentSurveys.getForAdmin(input.surveyId, 'input.surveyId');
    const codes = Array.from({ length: input.count }, newBallotCode).sort();
    await this.ctx.transaction(async ({ manager, record }) => {
      const locked = await this.deps.residentSurveys.lock(manager, survey.id);
      if (locked.status === SurveyStatus.CLOSED)
        throw new ConflictError(surveyReasons.surveyClosed(), 'input.surveyId');
      await manager.getRepository(SurveyCode).insert(
        codes.map((code) => ({
          surveyId: survey.id,
          codeHash: hashBallotCode(code),
          issuedById: this.viewer.userId,
        })),
      );
      await record(
        surveyEvent(SurveyEvent.CODES_ISSUED, this.viewer.userId, survey.id, { after: { count: input.count } }),
      );
    });
    return { surveyId: survey.id, codes };
  }

  /**
   * Voids unused codes of a DRAFT or OPEN survey (an ADMIN over it): those listed, or with
   * `allUnused` every unused one. BAD_USER_INPUT on `input.codes` for a code not of this survey or
   * when neither is given; CONFLICT on `input.codes` for a used code, on `input.surveyId` for a
   * CLOSED survey. Nothing is written on error.
   */
  async voidCodes(input: VoidSurveyCodesInput): Promise<VoidedSurveyCodes> {
    const survey = await this.deps.residentSurveys.getForAdmin(input.surveyId, 'input.surveyId');
    const listed = input.codes ?? [];
    if (listed.length === 0 && !input.allUnused)
      throw new BadUserInputError(coreReasons['codes.listOrAllUnused'](), 'input.codes');
    const hashes = listed.map(hashBallotCode);
    const voided = await this.ctx.transaction(async ({ manager, record }) => {
      const locked = await this.deps.residentSurveys.lock(manager, survey.id);
      if (locked.status === SurveyStatus.CLOSED)
        throw new ConflictError(surveyReasons.surveyClosedCodes(), 'input.surveyId');
      const found: { id: string; code_hash: string; used: boolean }[] = await manager.query(
        `SELECT id, code_hash, used FROM survey_code WHERE survey_id = $1 AND code_hash = ANY($2)`,
        [survey.id, hashes],
      );
      const byHash = new Map(found.map((row) => [row.code_hash, row]));
      listed.forEach((code, i) => {
        const row = byHash.get(hashes[i]);
        if (!row)
          throw new BadUserInputError(surveyReasons.notASurveyCode({ value: JSON.stringify(code) }), 'input.codes');
        if (row.used)
          throw new ConflictError(surveyReasons.surveyCodeUsed({ value: JSON.stringify(code) }), 'input.codes');
      });
      const [, count] = (await manager.query(
        `UPDATE survey_code SET voided = true WHERE survey_id = $1 AND NOT voided AND NOT used AND (id = ANY($2::uuid[]) OR $3)`,
        [survey.id, found.map((row) => row.id), !!input.allUnused],
      )) as [unknown, number];
      if (count > 0)
        await record(surveyEvent(SurveyEvent.CODES_VOIDED, this.viewer.userId, survey.id, { after: { count } }));
      return count;
    });
    return { surveyId: survey.id, voided };
  }

  /**
   * The live, unused code's survey, or an error naming `field` — each failure counted against the
   * caller's address (never the survey, so an outsider cannot lock a survey) as ballot codes are: BAD_USER_INPUT for an unknown
   * or voided code, CONFLICT for a used one or a CLOSED survey; UNAUTHENTICATED with
   * `retryAfterSeconds` once the address has spent its failures.
   */
  private async use(code: string, field: string): Promise<CodeRow> {
    const throttle = ballotCodeThrottle(this.ctx.limiters, SURVEY_CODES);
    await throttle.check(this.ctx.address);
    const [row] = (await this.ctx.db.query(
      `SELECT c.id, c.survey_id, c.used, c.voided, s.status, s.title, s.period, s.questions, n.name AS neighborhood_name
         FROM survey_code c JOIN resident_survey s ON s.id = c.survey_id JOIN neighborhood n ON n.id = s.neighborhood_id
        WHERE c.code_hash = $1`,
      [hashBallotCode(code)],
    )) as (CodeRow & { voided: boolean })[];
    const fail = async (error: Error): Promise<never> => {
      await throttle.failed(this.ctx.address);
      throw error;
    };
    if (!row || row.voided) return fail(new BadUserInputError(surveyReasons.invalidCode(), field));
    if (row.used) return fail(new ConflictError(surveyReasons.codeUsedOnce(), field));
    if (row.status === SurveyStatus.CLOSED) return fail(new ConflictError(surveyReasons.closedNoAnswers(), field));
    return row;
  }

  /** What a resident with a live, unused code answers (no account); errors as `answer`'s for the code, on `code`. */
  async form(code: string): Promise<SurveyForm> {
    const row = await this.use(code, 'code');
    return {
      title: row.title,
      neighborhoodName: row.neighborhood_name,
      period: row.period,
      status: row.status,
      questions: row.questions,
    };
  }

  /**
   * A resident's answer with a one-time code (no account; docs/rules.md rule 12): one score 1–5 per
   * question, into an OPEN survey; the code is used up and the answer stored without it, so
   * nothing leads from one to the other. BAD_USER_INPUT on `input.code` (unknown or voided),
   * `input.answers.<i>.question` (not a question of the survey, or twice), `input.answers` (a
   * question left out), `input.answers.<i>.score` (not 1–5); CONFLICT on `input.code` for a used
   * code or a survey not OPEN. All or nothing.
   */
  async answer(input: AnswerSurveyInput): Promise<SurveyAnswerReceipt> {
    const row = await this.use(input.code, 'input.code');
    if (row.status !== SurveyStatus.OPEN) throw new ConflictError(surveyReasons.notOpenYet(), 'input.code');
    const scores = scoresOf(row.questions, input.answers, 'input.answers');
    await this.ctx.db.transaction(async (manager) => {
      const [survey] = (await manager.query(`SELECT status FROM resident_survey WHERE id = $1 FOR SHARE`, [
        row.survey_id,
      ])) as { status: SurveyStatus }[];
      if (survey.status !== SurveyStatus.OPEN) throw new ConflictError(surveyReasons.closedNoAnswers(), 'input.code');
      const [, claimed] = (await manager.query(
        `UPDATE survey_code SET used = true WHERE id = $1 AND NOT used AND NOT voided`,
        [row.id],
      )) as [unknown, number];
      if (claimed === 0) throw new ConflictError(surveyReasons.codeUsedOnce(), 'input.code');
      await manager
        .getRepository(SurveyAnswer)
        .insert({ surveyId: row.survey_id, channel: SurveyChannel.CODE, scores });
    });
    return { title: row.title, questionsAnswered: row.questions.length };
  }

  /**
   * Paper answer sheets collected at a meeting, entered into an OPEN survey by a CHAIR or ADMIN whose
   * scope covers it; all sheets or none. BAD_USER_INPUT on `input.sheets.<i>.answers…` as for
   * `answerSurvey`; CONFLICT on `input.surveyId` unless OPEN; FORBIDDEN for other roles.
   */
  async enterPaper(input: EnterSurveyAnswersInput): Promise<EnteredSurveyAnswers> {
    const survey = await this.deps.residentSurveys.referenced(input.surveyId, 'input.surveyId');
    // Staff of the survey's 街道: an ADMIN or CHAIR whose scope covers it.
    if (!(await this.deps.residentSurveys.isStaff(survey)))
      throw new ForbiddenError(surveyReasons.paperRole({ role: this.viewer.role }));
    const sheets = input.sheets.map((sheet, i) =>
      scoresOf(survey.questions, sheet.answers, `input.sheets.${i}.answers`),
    );
    await this.ctx.transaction(async ({ manager, record }) => {
      const locked = await this.deps.residentSurveys.lock(manager, survey.id);
      if (locked.status !== SurveyStatus.OPEN)
        throw new ConflictError(surveyReasons.paperOpenOnly({ status: locked.status }), 'input.surveyId');
      await manager
        .getRepository(SurveyAnswer)
        .insert(sheets.map((scores) => ({ surveyId: survey.id, channel: SurveyChannel.MEETING, scores })));
      await record(
        surveyEvent(SurveyEvent.PAPER_ENTERED, this.viewer.userId, survey.id, { after: { count: sheets.length } }),
      );
    });
    return { surveyId: survey.id, entered: sheets.length };
  }
}

/**
 * One answer's scores by question key: exactly one score per question of the survey. BAD_USER_INPUT
 * on `<field>.<i>.question` for a key not of the survey or given twice, on `field` for a question
 * left out (scores outside 1–5 were refused by the input's rules).
 */
export function scoresOf(
  questions: SurveyQuestion[],
  answers: SurveyScoreInput[],
  field: string,
): Record<string, number> {
  const scores = new Map<string, number>();
  answers.forEach((a, i) => {
    if (!questions.some((q) => q.key === a.question))
      throw new BadUserInputError(
        surveyReasons.notAQuestion({ value: JSON.stringify(a.question) }),
        `${field}.${i}.question`,
      );
    if (scores.has(a.question))
      throw new BadUserInputError(surveyReasons.questionTwice({ question: a.question }), `${field}.${i}.question`);
    scores.set(a.question, a.score);
  });
  const missing = questions.find((q) => !scores.has(q.key));
  if (missing) throw new BadUserInputError(surveyReasons.noScoreFor({ key: missing.key, text: missing.text }), field);
  return Object.fromEntries(scores);
}
