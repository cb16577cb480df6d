/**
 * The error reasons of the inquiry module (server/core/reasons.ts): key `inquiry.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const inquiryReasons = defineReasons('inquiry', {
  chairOrAdmin: 'Only the chair of this meeting or an ADMIN may {what}',
  meetingClosed: 'The meeting is CLOSED: its inquiries are final',
  noMeeting: '{field}: no EvaluationMeeting has id {value}',
  notUnderEvaluation: '{field}: {official} is not under evaluation at {meeting}',
});
