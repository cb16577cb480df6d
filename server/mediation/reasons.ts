/**
 * The error reasons of the mediation module (server/core/reasons.ts): key `mediation.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const mediationReasons = defineReasons('mediation', {
  alreadyConcluded: 'The mediation is already CONCLUDED',
  alreadySubmitted: 'The record was already submitted ({courtConfirmation})',
  concludedBeforeHeld:
    '{field}: the mediation is held on {heldOn}; it cannot be concluded before that day (today is {today}, Asia/Shanghai)',
  familyCannotClear:
    "{field}: the mediation is recorded as involving family, women or children; that cannot be cleared, so the women's director must attend (docs/rules.md rule 14)",
  lawBlank: '{field}: a cited law must say something',
  mediationConcluded: 'The mediation is CONCLUDED: it is final',
  notADepartment: '{field}: not a department of this district',
  notSubmitted: 'The record is {courtConfirmation}, not SUBMITTED to the court',
  onlyConcludedSubmitted: 'Only a CONCLUDED mediation’s record can be submitted to the court',
  womenDirectorRequired:
    "{field}: family, women or children are involved, so the mediation cannot be concluded without the women's director attending (docs/rules.md rule 14)",
});
