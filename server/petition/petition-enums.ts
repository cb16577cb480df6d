import { registerEnumType } from 'type-graphql';

/** The organisation that takes up a resident's petition as its agent (信访代理, docs/rules.md rule 14). */
export enum PetitionAgent {
  TRADE_UNION = 'TRADE_UNION',
  COMMUNIST_YOUTH_LEAGUE = 'COMMUNIST_YOUTH_LEAGUE',
  WOMENS_FEDERATION = 'WOMENS_FEDERATION',
  RESIDENTS_COMMITTEE = 'RESIDENTS_COMMITTEE',
  COMMUNITY_COMMITTEE = 'COMMUNITY_COMMITTEE',
}
registerEnumType(PetitionAgent, {
  name: 'PetitionAgent',
  description: "The organisation that takes up a resident's petition as its agent (信访代理, docs/rules.md rule 14).",
  valuesConfig: {
    TRADE_UNION: { description: '工会: the trade union.' },
    COMMUNIST_YOUTH_LEAGUE: { description: '共青团: the Communist Youth League.' },
    WOMENS_FEDERATION: { description: '妇联: the women’s federation.' },
    RESIDENTS_COMMITTEE: { description: '居委会: the residents’ committee.' },
    COMMUNITY_COMMITTEE: { description: '社区委员会: the community committee.' },
  },
});

/** Where a petition taken up by an agent stands. */
export enum PetitionStatus {
  OPEN = 'OPEN',
  AGREED = 'AGREED',
  NOT_AGREED = 'NOT_AGREED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PetitionStatus, {
  name: 'PetitionStatus',
  description: 'Where a petition stands; every status but OPEN is final (docs/rules.md rule 14).',
  valuesConfig: {
    OPEN: { description: 'Taken up; the agent negotiates with the department, round by round.' },
    AGREED: { description: 'Concluded with the agreement reached with the department; final.' },
    NOT_AGREED: { description: 'Concluded without agreement, with the reason; final.' },
    WITHDRAWN: { description: 'Withdrawn by the petitioner, with the reason; final.' },
  },
});

/** How a petition's talks ended (the input of concludePetition). */
export enum PetitionOutcome {
  AGREED = 'AGREED',
  NOT_AGREED = 'NOT_AGREED',
}
registerEnumType(PetitionOutcome, {
  name: 'PetitionOutcome',
  description: "How a petition's talks ended: with an agreement (its text required) or without (its reason required).",
  valuesConfig: {
    AGREED: { description: 'An agreement was reached; input.agreement says what was agreed.' },
    NOT_AGREED: { description: 'No agreement; input.reason says why.' },
  },
});
