/**
 * The governance screens' methods of the data provider that are not plain React-Admin calls: the
 * signed-in user (`me`), deciding an agency head's appointment and an agency's heads (docs/rules.md
 * rule 2), concluding an accountability case (rule 9), service tokens and webhooks. Creating a
 * token or a webhook answers with its secret this once, so it goes to the screen and never into
 * React-Admin's cache.
 */
import {
  AgencyHeadsDocument,
  ConcludeCaseDocument,
  CreateServiceTokenDocument,
  CreateWebhookDocument,
  DecideHeadAppointmentDocument,
  MeDocument,
  RedeliverWebhookDeliveryDocument,
  RevokeServiceTokenDocument,
  SetWebhookActiveDocument,
  WebhookDeliveriesDocument,
  type CreateServiceTokenInput,
  type CreateWebhookSubscriptionInput,
  type HeadAppointmentDecision,
  type WebhookDeliveryStatus,
} from '../gql/graphql';
import { answer, type Call } from './call';

/** The governance screens' methods over `call`. */
export function governanceMethods(call: Call) {
  return {
    /** The signed-in user: role, scope (a district, and a subdistrict unless district-wide) and district. */
    me: async () => answer((await call('users', MeDocument, {})).me),
    /**
     * Decides the proposed appointment `id` (rule 2): CONSENTED (reason optional) or REFUSED (reason
     * required, BAD_USER_INPUT on `reason` otherwise); resolves to its new status.
     */
    decideHeadAppointment: async (id: string, decision: HeadAppointmentDecision, reason: string | null) =>
      answer(
        (await call('headAppointments', DecideHeadAppointmentDocument, { id, decision, reason })).decideHeadAppointment,
      ),
    /** The heads of agency `agencyId`: current, history of consented heads and a proposal waiting, if any; null when out of reach. */
    agencyHeads: async (agencyId: string) => {
      const data = await call('headAppointments', AgencyHeadsDocument, {
        id: agencyId,
        filter: { agencyId, status: 'PROPOSED' },
      });
      return answer(
        data.dispatchedAgency ? { ...data.dispatchedAgency, pending: data.headAppointments.nodes[0] ?? null } : null,
      );
    },
    /**
     * Concludes case `id` for good with a written `conclusion` and whether a red-line breach was
     * confirmed (rule 9; BAD_USER_INPUT on `input.conclusion` when blank); resolves to the concluded case.
     */
    concludeAccountabilityCase: async (id: string, conclusion: string, breachConfirmed: boolean) =>
      answer(
        (await call('accountabilityCases', ConcludeCaseDocument, { id, input: { conclusion, breachConfirmed } }))
          .concludeAccountabilityCase,
      ),
    /** Creates a service token; resolves to its id and the token string, shown only this once. */
    createServiceToken: async (input: CreateServiceTokenInput) => {
      const created = (await call('serviceTokens', CreateServiceTokenDocument, { input })).createServiceToken;
      return answer({ id: created.serviceToken.id, token: created.token });
    },
    /** Revokes token `id` at once. */
    revokeServiceToken: async (id: string) =>
      answer((await call('serviceTokens', RevokeServiceTokenDocument, { id })).revokeServiceToken),
    /** Subscribes a URL to the district's events; resolves to its id and signing secret, shown only this once. */
    createWebhookSubscription: async (input: CreateWebhookSubscriptionInput) => {
      const created = (await call('webhookSubscriptions', CreateWebhookDocument, { input })).createWebhookSubscription;
      return answer({ id: created.webhookSubscription.id, secret: created.secret });
    },
    /** A page of `subscriptionId`'s deliveries, newest first, optionally of one status, with the total. */
    webhookDeliveries: async (
      subscriptionId: string,
      status: WebhookDeliveryStatus | null,
      first: number,
      offset: number,
    ) =>
      answer(
        (await call('webhookSubscriptions', WebhookDeliveriesDocument, { id: subscriptionId, status, first, offset }))
          .webhookDeliveries,
      ),
    /** Pauses (`false`) or resumes (`true`) a subscription. */
    setWebhookActive: async (id: string, active: boolean) =>
      answer(
        (await call('webhookSubscriptions', SetWebhookActiveDocument, { id, input: { active } }))
          .updateWebhookSubscription,
      ),
    /** Queues a FAILED or DELIVERED delivery again: a new series of attempts under the same delivery id. */
    redeliverWebhookDelivery: async (id: string) =>
      answer((await call('webhookSubscriptions', RedeliverWebhookDeliveryDocument, { id })).redeliverWebhookDelivery),
  };
}
