import { registerEnumType } from 'type-graphql';

/** The five satisfaction levels of China's government-service good/bad review system (docs/rules.md rule 5). */
export enum Satisfaction {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
  VERY_DISSATISFIED = 'VERY_DISSATISFIED',
}

/** All levels, best first. */
export const SATISFACTION_LEVELS: readonly Satisfaction[] = Object.values(Satisfaction);

/** Levels that count as satisfied for the satisfaction rate (docs/rules.md rule 6). */
export const SATISFIED_LEVELS: readonly Satisfaction[] = [
  Satisfaction.VERY_SATISFIED,
  Satisfaction.SATISFIED,
  Satisfaction.BASICALLY_SATISFIED,
];

/** Levels that need a comment saying why (docs/rules.md rule 5). */
export const NEEDS_COMMENT: readonly Satisfaction[] = [Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED];

registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description:
    'Overall satisfaction, the five levels of the government-service good/bad review system (docs/rules.md rule 5).',
  valuesConfig: {
    VERY_SATISFIED: { description: '非常满意' },
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意 (needs a comment saying why)' },
    VERY_DISSATISFIED: { description: '非常不满意 (needs a comment saying why)' },
  },
});
