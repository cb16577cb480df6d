/**
 * The error reasons of the district module (server/core/reasons.ts): key `district.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const districtReasons = defineReasons('district', {
  codePrefix: '{field}: "{childCode}" must start with the {parentLabel}\'s code "{parentCode}"',
  importedOnly: 'Districts come from the national division codes: import them with npm run import:divisions',
});
