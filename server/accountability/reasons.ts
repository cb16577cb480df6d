/**
 * The error reasons of the accountability module (server/core/reasons.ts): key `accountability.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const accountabilityReasons = defineReasons('accountability', {
  assessorOnly: 'Only an ASSESSOR or ADMIN may {what}',
  caseAlreadyConcluded: 'The case is already CONCLUDED: its conclusion is final',
  caseConcluded: 'The case is CONCLUDED: it is final',
  conclusionRequired: '{field}: a case is concluded only with a written conclusion that says something',
  notRedLine: "{field}: not a RED_LINE line of this official's {year} list",
});
