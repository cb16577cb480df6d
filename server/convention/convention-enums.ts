import { registerEnumType } from 'type-graphql';

/** Where one version of a building's convention (居民公约) stands (docs/rules.md rule 14). */
export enum ConventionVersionStatus {
  OPEN = 'OPEN',
  EFFECTIVE = 'EFFECTIVE',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConventionVersionStatus, {
  name: 'ConventionVersionStatus',
  description: "Where one version of a building's convention (居民公约) stands (docs/rules.md rule 14).",
  valuesConfig: {
    OPEN: { description: "Collecting the households' approvals with household codes." },
    EFFECTIVE: {
      description:
        "In effect: at least two thirds of the building's households approved it. Stays in effect when households are added later, until a later version takes effect.",
    },
    SUPERSEDED: { description: 'Was in effect until a later version of the same convention took effect.' },
    WITHDRAWN: { description: 'Withdrawn by the residents’ committee before it took effect; its codes open nothing.' },
  },
});

/** Who follows up a breach of a convention (docs/rules.md rule 14). */
export enum BreachFollowUpParty {
  RESIDENTS_COMMITTEE = 'RESIDENTS_COMMITTEE',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
}
registerEnumType(BreachFollowUpParty, {
  name: 'BreachFollowUpParty',
  description: 'Who followed up a breach of a building convention (docs/rules.md rule 14).',
  valuesConfig: {
    RESIDENTS_COMMITTEE: { description: '居委会: the residents’ committee.' },
    OWNERS_COMMITTEE: { description: '业委会: the owners’ committee.' },
    PROPERTY_COMPANY: { description: '物业公司: the property management company.' },
  },
});
