import { registerEnumType } from 'type-graphql';

/** The outcome of a decision hearing (决策听证会, docs/rules.md rule 14). */
export enum HearingOutcome {
  SUPPORTED = 'SUPPORTED',
  SUPPORTED_WITH_CONDITIONS = 'SUPPORTED_WITH_CONDITIONS',
  NOT_SUPPORTED = 'NOT_SUPPORTED',
}
registerEnumType(HearingOutcome, {
  name: 'HearingOutcome',
  description: 'The outcome of a decision hearing (决策听证会, docs/rules.md rule 14), given with its reasons.',
  valuesConfig: {
    SUPPORTED: { description: 'The representatives support the project.' },
    SUPPORTED_WITH_CONDITIONS: { description: 'They support it on the conditions stated in the reasons.' },
    NOT_SUPPORTED: {
      description: 'They do not support it: the project may start only by an override decision with its reason.',
    },
  },
});

/** Where a works project stands. */
export enum WorksProjectStatus {
  PLANNED = 'PLANNED',
  STARTED = 'STARTED',
}
registerEnumType(WorksProjectStatus, {
  name: 'WorksProjectStatus',
  description: 'Where a works project stands (docs/rules.md rule 14).',
  valuesConfig: {
    PLANNED: { description: 'Not started; hearings are held before it starts.' },
    STARTED: { description: 'Marked started: after a hearing that did not reject it, or by an override decision.' },
  },
});
