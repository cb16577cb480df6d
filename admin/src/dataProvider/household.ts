/**
 * The households' page's methods of the data provider (docs/rules.md rule 14), without signing in: the
 * convention a one-time household code opens with its public count, and the household's one answer.
 * Used by the admin's data provider and by the residents' small entry (lite/liteDataProvider.ts).
 */
import { ApproveConventionDocument, HouseholdConventionOfDocument } from '../gql/graphql';
import { answer, type Call } from './call';

/** The households' page's methods over `call`. */
export function householdMethods(call: Call) {
  return {
    /** The convention a household code opens, with its public count (no sign-in). */
    householdConvention: async (code: string) =>
      answer(
        (await call('household', HouseholdConventionOfDocument, { code }, { anonymous: true })).householdConvention,
      ),
    /** The household's one answer with its code (no sign-in); resolves to the count after it. */
    approveConvention: async (code: string, approve: boolean) =>
      answer(
        (await call('household', ApproveConventionDocument, { input: { code, approve } }, { anonymous: true }))
          .approveConvention,
      ),
  };
}
