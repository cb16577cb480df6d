import { registerEnumType } from 'type-graphql';

/** Lifecycle of an evaluation meeting (docs/rules.md rule 4): DRAFT → OPEN → CLOSED; closing is final. */
export enum MeetingStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Lifecycle of an evaluation meeting (docs/rules.md rule 4): DRAFT → OPEN → CLOSED; closing is final.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared: people and officials are registered; no ratings yet.' },
    OPEN: { description: 'In session: registered representatives rate the officials under evaluation.' },
    CLOSED: { description: 'Over: results are frozen; nothing changes any more.' },
  },
});
