import { registerEnumType } from 'type-graphql';

/** The four grades of the annual assessment (docs/rules.md rule 10). */
export enum Grade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  MEDIOCRE = 'MEDIOCRE',
  POOR = 'POOR',
}
registerEnumType(Grade, {
  name: 'Grade',
  description: 'The annual grade (docs/rules.md rule 10). A breached red line is outside the four grades.',
  valuesConfig: {
    EXCELLENT: { description: '优秀' },
    GOOD: { description: '良好' },
    MEDIOCRE: { description: '平庸' },
    POOR: { description: '较差' },
  },
});

/**
 * The names a district gives the four grades (docs/rules.md rule 10), set on its policy for a year:
 * the same four grades and bands under either set of names.
 */
export enum GradeLabels {
  STANDARD = 'STANDARD',
  CIVIL_SERVICE = 'CIVIL_SERVICE',
}
registerEnumType(GradeLabels, {
  name: 'GradeLabels',
  description:
    "The names of the four grades on a district's policy (docs/rules.md rule 10); the grades and bands are the same under either.",
  valuesConfig: {
    STANDARD: { description: 'EXCELLENT 优秀, GOOD 良好, MEDIOCRE 平庸, POOR 较差 (the default).' },
    CIVIL_SERVICE: {
      description: "The civil service's names: EXCELLENT 优秀, GOOD 称职, MEDIOCRE 基本称职, POOR 不称职.",
    },
  },
});

/** Lifecycle of an annual assessment: DRAFT → FINALIZED (final). */
export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  FINALIZED = 'FINALIZED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'DRAFT (recomputed on request, may be overridden) → FINALIZED (final).',
  valuesConfig: {
    DRAFT: { description: 'Recomputed on request; assessors may override its grade with a written reason.' },
    FINALIZED: { description: 'Final (docs/rules.md rule 10): it no longer changes.' },
  },
});

/** Third-party evaluation panels (综合评估). */
export enum Panel {
  PARTY_MEMBER = 'PARTY_MEMBER',
  NON_PARTY = 'NON_PARTY',
  RESIDENT = 'RESIDENT',
  EXPERT = 'EXPERT',
}
registerEnumType(Panel, {
  name: 'Panel',
  description: 'A third-party evaluation panel.',
  valuesConfig: {
    PARTY_MEMBER: { description: '党员' },
    NON_PARTY: { description: '非党人士' },
    RESIDENT: { description: '居民' },
    EXPERT: { description: '专家' },
  },
});

/** What finalised grades mean for an official (docs/rules.md rule 11). */
export enum PersonnelOutcome {
  PROMOTION_ELIGIBLE = 'PROMOTION_ELIGIBLE',
  REASSIGNMENT = 'REASSIGNMENT',
  DISMISSAL = 'DISMISSAL',
}
registerEnumType(PersonnelOutcome, {
  name: 'PersonnelOutcome',
  description:
    'Use of results (docs/rules.md rule 11), from finalised grades in consecutive calendar years ending with the latest.',
  valuesConfig: {
    PROMOTION_ELIGIBLE: { description: 'Three EXCELLENT years in a row: eligible for promotion.' },
    REASSIGNMENT: { description: 'Three MEDIOCRE years in a row: to be reassigned.' },
    DISMISSAL: { description: 'Two POOR years in a row: to be dismissed.' },
  },
});
