import { registerEnumType } from 'type-graphql';

/** What a mediation meeting (矛盾协调会) is about (docs/rules.md rule 14). */
export enum DisputeKind {
  BETWEEN_NEIGHBOURS = 'BETWEEN_NEIGHBOURS',
  UNIT_AND_RESIDENTS = 'UNIT_AND_RESIDENTS',
}
registerEnumType(DisputeKind, {
  name: 'DisputeKind',
  description: 'What a mediation meeting (矛盾协调会) settles (docs/rules.md rule 14).',
  valuesConfig: {
    BETWEEN_NEIGHBOURS: { description: 'A dispute between neighbours.' },
    UNIT_AND_RESIDENTS: {
      description: 'A dispute between a unit (a company, a building site, an institution) and residents.',
    },
  },
});

/** Who chairs a mediation meeting. */
export enum MediationChairRole {
  COMMUNITY_COMMITTEE_DIRECTOR = 'COMMUNITY_COMMITTEE_DIRECTOR',
  RESIDENTS_COMMITTEE_DIRECTOR = 'RESIDENTS_COMMITTEE_DIRECTOR',
  MEDIATION_DIRECTOR = 'MEDIATION_DIRECTOR',
}
registerEnumType(MediationChairRole, {
  name: 'MediationChairRole',
  description: 'Who chairs a mediation meeting (docs/rules.md rule 14).',
  valuesConfig: {
    COMMUNITY_COMMITTEE_DIRECTOR: { description: '社区委员会主任: the community committee’s director.' },
    RESIDENTS_COMMITTEE_DIRECTOR: { description: '居委会主任: the residents’ committee’s director.' },
    MEDIATION_DIRECTOR: { description: '调解主任: the mediation director.' },
  },
});

/** A party to a dispute. */
export enum MediationPartyKind {
  PERSON = 'PERSON',
  UNIT = 'UNIT',
}
registerEnumType(MediationPartyKind, {
  name: 'MediationPartyKind',
  description: 'A party to a dispute: a person (a resident) or a unit.',
  valuesConfig: {
    PERSON: { description: 'A person, e.g. a resident.' },
    UNIT: { description: 'A unit: a company, a building site, an institution.' },
  },
});

/** Where a mediation stands. */
export enum MediationStatus {
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(MediationStatus, {
  name: 'MediationStatus',
  description: 'Where a mediation stands; CONCLUDED is final.',
  valuesConfig: {
    OPEN: { description: 'Being mediated; its details may still change.' },
    CONCLUDED: { description: 'Concluded with its written record, filed; final.' },
  },
});

/** The district civil court's confirmation of a mediation record (司法确认). */
export enum CourtConfirmation {
  NOT_REQUESTED = 'NOT_REQUESTED',
  SUBMITTED = 'SUBMITTED',
  CONFIRMED = 'CONFIRMED',
  REFUSED = 'REFUSED',
}
registerEnumType(CourtConfirmation, {
  name: 'CourtConfirmation',
  description:
    "The district civil court's confirmation (司法确认) of a concluded mediation's record, asked for by the parties (docs/rules.md rule 14).",
  valuesConfig: {
    NOT_REQUESTED: { description: 'Not submitted to the court.' },
    SUBMITTED: { description: 'Submitted at the parties’ request; awaiting the court.' },
    CONFIRMED: { description: 'Confirmed by the court.' },
    REFUSED: { description: 'Refused by the court.' },
  },
});
