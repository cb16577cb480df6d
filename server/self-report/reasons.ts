/**
 * The error reasons of the self-report module (server/core/reasons.ts): key `selfReport.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const selfReportReasons = defineReasons('selfReport', {
  answers: '{field}: {message}',
  noResponsibilityList: '{field}: {official} has no responsibility list for {year}; an ADMIN keeps the list first',
  ownOnly: 'An OFFICIAL may submit only their own self-report',
});
