/**
 * The self-governance screens' methods of the data provider (docs/rules.md rule 14): the hearing page
 * with its outcome and the project's start, the mediation page with its conclusion and the
 * court's confirmation, the convention page with its versions, their live count and household
 * codes (shown this once) and breaches with their follow-ups. The household's page, which needs no
 * sign-in, has its own methods (household.ts), shared with the residents' small entry.
 */
import {
  AddConventionVersionDocument,
  BreachPageDocument,
  ConcludeMediationDocument,
  ConventionPageDocument,
  ConventionTallyOfDocument,
  FollowUpConventionBreachDocument,
  HearingPageDocument,
  IssueHouseholdCodesDocument,
  MediationPageDocument,
  RecordHearingOutcomeDocument,
  RecordMediationCourtDecisionDocument,
  SelfGovernanceHomeDocument,
  SelfGovernancePublicHomeDocument,
  StartWorksProjectDocument,
  SubmitMediationToCourtDocument,
  VoidHouseholdCodesDocument,
  WithdrawConventionVersionDocument,
  type FollowUpConventionBreachInput,
  type RecordHearingOutcomeInput,
} from '../gql/graphql';
import { answer, type Call } from './call';

/** The self-governance methods over `call`. */
export function selfGovernanceMethods(call: Call) {
  return {
    /** What an ADMIN's home counts: hearings awaiting their outcome, open mediations and petitions, conventions being approved (of the first 100 in scope). */
    selfGovernanceCounts: async () => {
      const data = await call('hearings', SelfGovernanceHomeDocument, {});
      return answer({
        hearingsAwaiting: data.hearings.nodes.filter((h) => !h.outcome).length,
        mediationsOpen: data.mediations.totalCount,
        petitionsOpen: data.petitions.totalCount,
        conventionsOpen: data.buildingConventions.nodes.filter((c) => c.versions.some((v) => v.status === 'OPEN'))
          .length,
      });
    },
    /** What a CHAIR's home counts: hearings awaiting their outcome and conventions being approved (of the first 100 in scope). */
    publicSelfGovernanceCounts: async () => {
      const data = await call('hearings', SelfGovernancePublicHomeDocument, {});
      return answer({
        hearingsAwaiting: data.hearings.nodes.filter((h) => !h.outcome).length,
        conventionsOpen: data.buildingConventions.nodes.filter((c) => c.versions.some((v) => v.status === 'OPEN'))
          .length,
      });
    },
    /** Hearing `id` with its questions and project; null when out of reach. */
    hearingPage: async (id: string) => answer((await call('hearings', HearingPageDocument, { id })).hearing),
    /** Records hearing `id`'s outcome with its reasons and the questions as finally answered (once). */
    recordHearingOutcome: async (id: string, input: RecordHearingOutcomeInput) =>
      answer((await call('hearings', RecordHearingOutcomeDocument, { id, input })).recordHearingOutcome),
    /** Marks works project `id` started; `overrideReason` when no hearing supports it (else BAD_USER_INPUT on `input.overrideReason`). */
    startWorksProject: async (id: string, overrideReason: string | null) =>
      answer(
        (
          await call('worksProjects', StartWorksProjectDocument, {
            id,
            input: overrideReason ? { overrideReason } : {},
          })
        ).startWorksProject,
      ),
    /** Mediation `id` with its parties, departments and record; null when out of reach. */
    mediationPage: async (id: string) => answer((await call('mediations', MediationPageDocument, { id })).mediation),
    /** Concludes mediation `id` with its written record (the women's director when it involves family). */
    concludeMediation: async (id: string, record: string, womenDirector: string | null) =>
      answer(
        (
          await call('mediations', ConcludeMediationDocument, {
            id,
            input: { record, ...(womenDirector ? { womenDirector } : {}) },
          })
        ).concludeMediation,
      ),
    /** Submits concluded mediation `id` for the district civil court's confirmation. */
    submitMediationToCourt: async (id: string) =>
      answer((await call('mediations', SubmitMediationToCourtDocument, { id })).submitMediationToCourt),
    /** Records the court's decision on submitted mediation `id`. */
    recordMediationCourtDecision: async (id: string, confirmed: boolean) =>
      answer(
        (await call('mediations', RecordMediationCourtDecisionDocument, { id, confirmed }))
          .recordMediationCourtDecision,
      ),
    /** Convention `id` with its building and versions (latest counts); null when out of reach. */
    conventionPage: async (id: string) =>
      answer((await call('buildingConventions', ConventionPageDocument, { id })).buildingConvention),
    /** The live count of version `versionId` against two thirds of its households. */
    conventionTally: async (versionId: string) =>
      answer((await call('buildingConventions', ConventionTallyOfDocument, { versionId })).conventionTally),
    /** Opens a new version of convention `conventionId` with `text`. */
    addConventionVersion: async (conventionId: string, text: string) =>
      answer(
        (await call('buildingConventions', AddConventionVersionDocument, { input: { conventionId, text } }))
          .addConventionVersion,
      ),
    /** Withdraws OPEN version `id`. */
    withdrawConventionVersion: async (id: string) =>
      answer((await call('buildingConventions', WithdrawConventionVersionDocument, { id })).withdrawConventionVersion),
    /** Issues `count` one-time household codes for OPEN version `versionId`; the codes come back this once. */
    issueHouseholdCodes: async (versionId: string, count: number) =>
      answer(
        (await call('buildingConventions', IssueHouseholdCodesDocument, { input: { versionId, count } }))
          .issueHouseholdCodes,
      ),
    /** Voids every unused code of version `versionId`; resolves to how many. */
    voidUnusedHouseholdCodes: async (versionId: string) =>
      answer(
        (await call('buildingConventions', VoidHouseholdCodesDocument, { input: { versionId, allUnused: true } }))
          .voidHouseholdCodes,
      ),
    /** Breach `id` with its follow-ups; null when out of reach. */
    breachPage: async (id: string) =>
      answer((await call('conventionBreaches', BreachPageDocument, { id })).conventionBreach),
    /** Records one party's follow-up of a breach. */
    followUpBreach: async (input: FollowUpConventionBreachInput) =>
      answer((await call('conventionBreaches', FollowUpConventionBreachDocument, { input })).followUpConventionBreach),
  };
}
