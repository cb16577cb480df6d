/**
 * The error reasons of the convention module (server/core/reasons.ts): key `convention.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const conventionReasons = defineReasons('convention', {
  buildingHasConvention: '{field}: this building already has a convention; its text changes by adding a version to it',
  buildingFixed: '{field}: a convention binds its building for good',
  codeAnswered: '{field}: {value} has already answered; it cannot be voided',
  householdAnswered: '{field}: this household code has already answered',
  householdAnsweredOnce: '{field}: this household code has already answered; each household answers once',
  householdsBelowCodes:
    '{field}: an OPEN convention version of this building has {n} live household codes; void the unused ones before lowering the households below that',
  notACode: '{field}: {value} is not a code of this version',
  noVersionInEffect:
    '{field}: no version of this convention is in effect (two thirds of the households have not approved one), so it cannot be breached',
  onlyOpenWithdrawn: 'Only an OPEN version can be withdrawn; this one is {status}',
  tooManyCodes:
    '{field}: the building has {households} households and {n} live codes for this version; at most {remaining} more',
  versionClosed:
    '{field}: the approval of this version has closed: the version is {status}, so no household answers it any more',
  versionNotOpen: '{field}: the version is {status}, not OPEN',
  versionStillOpen: '{field}: another version of this convention is still OPEN; withdraw it before adding one',
  invalidCode: 'This household code is not valid: check it, or ask the residents’ committee',
});
