/**
 * The residents' matters screens' methods of the data provider (docs/rules.md rule 13): the matter page
 * with its timeline, receiving a matter (its tracking code comes back this once, so it goes to the
 * screen and never into React-Admin's cache), the owner's and the PARTY_GOVERNMENT office's
 * workflow steps, the offices and agencies a matter can go to with their listed duties, the
 * monthly ranking (三率), and the resident's page by tracking code, which needs no sign-in.
 */
import {
  AppealRectificationDocument,
  DecideMatterExtensionDocument,
  DecideMatterOwnerDocument,
  DecideRectificationAppealDocument,
  MatterPageDocument,
  MatterRankingDocument,
  RateMatterDocument,
  ReceiveMatterDocument,
  RequestMatterExtensionDocument,
  ResolveMatterDocument,
  RespondToMatterDocument,
  TrackedMatterDocument,
  TransferMatterDocument,
  TransferTargetsDocument,
  type MatterRankingLevel,
  type RateMatterInput,
  type ReceiveMatterInput,
} from '../gql/graphql';
import { answer, type Call } from './call';

/** The owner's steps that take one text (the answer, the resolution, the extension's or the appeal's reason). */
export type MatterTextStep = 'respond' | 'resolve' | 'requestExtension' | 'appeal';
/** The decisions that approve or refuse with a reason. */
export type MatterDecisionStep = 'decideExtension' | 'decideAppeal';
/** Where a matter goes: a transfer by its owner, or the PARTY_GOVERNMENT office's decision on an escalated one. */
export type MatterMoveStep = 'transfer' | 'decideOwner';

/** An office or stationed agency a matter can go to, with its listed duties. */
export interface MatterTarget {
  id: string;
  name: string;
  duties: string[];
  subdistrictId: string;
  kind: 'office' | 'agency';
}

/** The matters methods over `call`. */
export function matterMethods(call: Call) {
  return {
    /** The matter `id` with its timeline and the reporter as the caller may see them; null when out of reach. */
    matterPage: async (id: string) => answer((await call('matters', MatterPageDocument, { id })).matter),
    /** Receives a matter (首接负责); resolves to its id and the resident's tracking code, shown this once. */
    receiveMatter: async (input: ReceiveMatterInput) => {
      const received = (await call('matters', ReceiveMatterDocument, { input })).receiveMatter;
      return answer({ id: received.matter.id, trackingCode: received.trackingCode });
    },
    /** One of the owner's text steps on matter `id`; resolves to the matter as it now stands. */
    matterTextStep: async (step: MatterTextStep, id: string, value: string) => {
      const variables = { id, input: { text: value } };
      const data =
        step === 'respond'
          ? (await call('matters', RespondToMatterDocument, variables)).respondToMatter
          : step === 'resolve'
            ? (await call('matters', ResolveMatterDocument, variables)).resolveMatter
            : step === 'requestExtension'
              ? (await call('matters', RequestMatterExtensionDocument, variables)).requestMatterExtension
              : (await call('matters', AppealRectificationDocument, variables)).appealRectification;
      return answer(data);
    },
    /** Approves or refuses the pending extension or appeal of matter `id`, with a reason. */
    matterDecision: async (step: MatterDecisionStep, id: string, approve: boolean, reason: string) => {
      const input = { approve, reason };
      const data =
        step === 'decideExtension'
          ? (await call('matters', DecideMatterExtensionDocument, { id, input })).decideMatterExtension
          : (await call('matters', DecideRectificationAppealDocument, { id, input })).decideRectificationAppeal;
      return answer(data);
    },
    /** Sends matter `id` to `target`, naming its listed `duty` that covers the matter and a `reason`. */
    moveMatter: async (step: MatterMoveStep, id: string, target: MatterTarget, duty: string, reason: string) => {
      const office = target.kind === 'office';
      if (step === 'transfer') {
        const input = { duty, reason, ...(office ? { targetOfficeId: target.id } : { targetAgencyId: target.id }) };
        return answer((await call('matters', TransferMatterDocument, { id, input })).transferMatter);
      }
      const input = { duty, reason, ...(office ? { ownerOfficeId: target.id } : { ownerAgencyId: target.id }) };
      return answer((await call('matters', DecideMatterOwnerDocument, { id, input })).decideMatterOwner);
    },
    /** The offices and agencies of a 街道 with their listed duties, offices first. */
    matterTargets: async (subdistrictId: string) => {
      const data = await call('matters', TransferTargetsDocument, { subdistrictId });
      const targets: MatterTarget[] = [
        ...data.offices.nodes.map((o) => ({ ...o, kind: 'office' as const })),
        ...data.dispatchedAgencies.nodes.map((a) => ({ ...a, kind: 'agency' as const })),
      ];
      return answer(targets);
    },
    /** The district's monthly ranking (YYYY-MM) of its units or its 街道, with the month before. */
    matterRanking: async (districtId: string, month: string, level: MatterRankingLevel) =>
      answer((await call('matters', MatterRankingDocument, { districtId, month, level })).matterRanking),
    /** A matter by its resident's tracking code, without signing in; null for an unknown code. */
    trackedMatter: async (trackingCode: string) =>
      answer((await call('matters', TrackedMatterDocument, { trackingCode }, { anonymous: true })).trackedMatter),
    /** The resident's rating of a resolved matter, by tracking code, without signing in. */
    rateMatter: async (input: RateMatterInput) =>
      answer((await call('matters', RateMatterDocument, { input }, { anonymous: true })).rateMatter),
  };
}
