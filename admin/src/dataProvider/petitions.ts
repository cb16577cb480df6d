/**
 * The petition agency screens' methods of the data provider (信访代理, docs/rules.md rule 14): the
 * petition page with its rounds of talks, recording a round, concluding (agreed with the agreement,
 * or not with the reason) and withdrawing.
 */
import {
  ConcludePetitionDocument,
  PetitionPageDocument,
  RecordPetitionTalkDocument,
  WithdrawPetitionDocument,
  type ConcludePetitionInput,
  type PetitionTalkInput,
} from '../gql/graphql';
import { answer, type Call } from './call';

/** The petition methods over `call`. */
export function petitionMethods(call: Call) {
  return {
    /** Petition `id` with its talks, department, neighborhood and matter; null when out of reach. */
    petitionPage: async (id: string) => answer((await call('petitions', PetitionPageDocument, { id })).petition),
    /** Records the next round of talks of OPEN petition `id`. */
    recordPetitionTalk: async (id: string, input: PetitionTalkInput) =>
      answer((await call('petitions', RecordPetitionTalkDocument, { id, input })).recordPetitionTalk),
    /** Concludes OPEN petition `id`, once. */
    concludePetition: async (id: string, input: ConcludePetitionInput) =>
      answer((await call('petitions', ConcludePetitionDocument, { id, input })).concludePetition),
    /** The petitioner withdraws OPEN petition `id`, with the reason. */
    withdrawPetition: async (id: string, reason: string) =>
      answer((await call('petitions', WithdrawPetitionDocument, { id, input: { reason } })).withdrawPetition),
  };
}
