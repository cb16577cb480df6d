import { registerEnumType } from 'type-graphql';

/** Where a head appointment stands (征得同意权, docs/rules.md rule 2). */
export enum HeadAppointmentStatus {
  PROPOSED = 'PROPOSED',
  CONSENTED = 'CONSENTED',
  REFUSED = 'REFUSED',
}
registerEnumType(HeadAppointmentStatus, {
  name: 'HeadAppointmentStatus',
  description: 'Where an agency-head appointment stands (征得同意权, docs/rules.md rule 2).',
  valuesConfig: {
    PROPOSED: { description: "Proposed by the agency's district department; waiting for the party working committee." },
    CONSENTED: { description: "The party working committee consented: the official is (or was) the agency's head." },
    REFUSED: { description: 'The party working committee refused, with a reason; the official never became head.' },
  },
});

/** The party working committee's answer to a proposal: `HeadAppointmentStatus` without PROPOSED. */
export enum HeadAppointmentDecision {
  CONSENTED = 'CONSENTED',
  REFUSED = 'REFUSED',
}
registerEnumType(HeadAppointmentDecision, {
  name: 'HeadAppointmentDecision',
  description: "The party working committee's answer to a proposed agency head.",
  valuesConfig: {
    CONSENTED: {
      description: "Consent: the official becomes the agency's head, and the previous head's term ends that day.",
    },
    REFUSED: { description: 'Refusal; needs a reason. The official does not become head.' },
  },
});
