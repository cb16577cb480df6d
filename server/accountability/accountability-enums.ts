import { registerEnumType } from 'type-graphql';

/** Who handles an accountability case (责任追究, docs/rules.md rule 9). */
export enum AccountabilityHandler {
  ORGANIZATION_DEPARTMENT = 'ORGANIZATION_DEPARTMENT',
  DISCIPLINE_INSPECTION = 'DISCIPLINE_INSPECTION',
}
registerEnumType(AccountabilityHandler, {
  name: 'AccountabilityHandler',
  description: 'Who handles an accountability case (责任追究, docs/rules.md rule 9).',
  valuesConfig: {
    ORGANIZATION_DEPARTMENT: { description: '组织部门: the organisation department.' },
    DISCIPLINE_INSPECTION: { description: '纪检: the discipline inspection body.' },
  },
});

/** Where an accountability case stands. */
export enum AccountabilityStatus {
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(AccountabilityStatus, {
  name: 'AccountabilityStatus',
  description: 'Where an accountability case stands; CONCLUDED is final.',
  valuesConfig: {
    OPEN: { description: 'Being handled; its details may still change.' },
    CONCLUDED: { description: 'Closed with a written conclusion and whether a breach was confirmed; final.' },
  },
});
