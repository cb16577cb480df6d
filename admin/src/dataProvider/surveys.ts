/**
 * The residents' survey screens' methods of the data provider (docs/rules.md rule 12): the surveys
 * of the user's scope with their counts, creating, opening and closing one, issuing codes, the
 * published results; and, without signing in, a code's questions and the resident's answer.
 */
import {
  AnswerSurveyDocument,
  CloseSurveyDocument,
  CreateSurveyDocument,
  IssueSurveyCodesDocument,
  OpenSurveyDocument,
  ResidentSurveyListDocument,
  SurveyFormOfDocument,
  SurveyNeighborhoodsDocument,
  SurveyResultsOfDocument,
  type CreateResidentSurveyInput,
  type SurveyScoreInput,
} from '../gql/graphql';
import { answer, type Call } from './call';

const RESOURCE = 'residentSurveys';

/** The survey screens' methods over `call`. */
export function surveyMethods(call: Call) {
  return {
    /** The surveys of the user's scope (latest period first, at most 100), with counts where the user may see them. */
    residentSurveys: async () =>
      answer((await call(RESOURCE, ResidentSurveyListDocument, { first: 100 })).residentSurveys.nodes),
    /** The neighborhoods a survey may be created for (the first 100 of the user's scope). */
    surveyNeighborhoods: async () =>
      answer((await call(RESOURCE, SurveyNeighborhoodsDocument, {})).neighborhoods.nodes),
    /** A survey's results: figures once published, else the status (and the count for staff). */
    surveyResults: async (surveyId: string) =>
      answer((await call(RESOURCE, SurveyResultsOfDocument, { surveyId })).surveyResults),
    /** Creates a DRAFT survey. */
    createSurvey: async (input: CreateResidentSurveyInput) =>
      answer((await call(RESOURCE, CreateSurveyDocument, { input })).createResidentSurvey),
    /** DRAFT → OPEN. */
    openSurvey: async (id: string) => answer((await call(RESOURCE, OpenSurveyDocument, { id })).openResidentSurvey),
    /** OPEN → CLOSED. */
    closeSurvey: async (id: string) => answer((await call(RESOURCE, CloseSurveyDocument, { id })).closeResidentSurvey),
    /** Prints `count` codes, shown this once. */
    issueSurveyCodes: async (surveyId: string, count: number) =>
      answer((await call(RESOURCE, IssueSurveyCodesDocument, { input: { surveyId, count } })).issueSurveyCodes),
    /** The questions a code answers (no sign-in). */
    surveyForm: async (code: string) =>
      answer((await call(RESOURCE, SurveyFormOfDocument, { code }, { anonymous: true })).surveyForm),
    /** The resident's answer with a code (no sign-in). */
    answerSurvey: async (code: string, answers: SurveyScoreInput[]) =>
      answer(
        (await call(RESOURCE, AnswerSurveyDocument, { input: { code, answers } }, { anonymous: true })).answerSurvey,
      ),
  };
}
