/** The agency-head appointments' calls that are not plain React-Admin ones (docs/rules.md rule 2): deciding, and an agency's heads. */
import { request } from '../common/api';

/** CONSENTED or REFUSED: the party working committee's answer. */
export type Decision = 'CONSENTED' | 'REFUSED';

/** One appointment as the agency's panel lists it. */
export interface AgencyAppointment {
  id: string;
  status: 'PROPOSED' | 'CONSENTED' | 'REFUSED';
  startsOn: string | null;
  endsOn: string | null;
  reason: string | null;
  official: { id: string; name: string; title: string };
}

/** An agency's current head, its history of consented heads and a proposal waiting, if any. */
export interface AgencyHeads {
  head: { id: string; name: string; title: string } | null;
  headHistory: AgencyAppointment[];
  pending: AgencyAppointment | null;
}

const APPOINTMENT_FIELDS = 'id status startsOn endsOn reason official { id name title }';

/**
 * Decides the proposed appointment `id` (decideHeadAppointment): CONSENTED (reason optional) or
 * REFUSED (reason required); returns its new status.
 */
export async function decideAppointment(id: string, decision: Decision, reason: string | null): Promise<{ id: string; status: string }> {
  const data = await request<{ decideHeadAppointment: { id: string; status: string } }>(
    `mutation DecideHeadAppointment($id: ID!, $decision: HeadAppointmentDecision!, $reason: String) {
      decideHeadAppointment(id: $id, decision: $decision, reason: $reason) { id status }
    }`,
    { id, decision, reason },
  );
  return data.decideHeadAppointment;
}

/** The heads of agency `agencyId`: current, history and any waiting proposal; null when out of reach. */
export async function fetchAgencyHeads(agencyId: string): Promise<AgencyHeads | null> {
  const data = await request<{
    dispatchedAgency: { head: AgencyHeads['head']; headHistory: AgencyAppointment[] } | null;
    headAppointments: { nodes: AgencyAppointment[] };
  }>(
    `query AgencyHeads($id: ID!, $filter: HeadAppointmentFilter) {
      dispatchedAgency(id: $id) { head { id name title } headHistory { ${APPOINTMENT_FIELDS} } }
      headAppointments(filter: $filter, first: 1) { nodes { ${APPOINTMENT_FIELDS} } }
    }`,
    { id: agencyId, filter: { agencyId, status: 'PROPOSED' } },
  );
  if (!data.dispatchedAgency) return null;
  return { ...data.dispatchedAgency, pending: data.headAppointments.nodes[0] ?? null };
}
