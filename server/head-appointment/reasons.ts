/**
 * The error reasons of the head-appointment module (server/core/reasons.ts): key `headAppointment.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const headAppointmentReasons = defineReasons('headAppointment', {
  alreadyDecided: 'This appointment was already {status}; a decision is final',
  alreadyHead: '{field}: {official} is already the head of {agency}',
  candidateMoved:
    '{name} is no longer an AGENCY_HEAD of this agency (moved since the proposal); refuse this appointment and propose again',
  notAgencyHead:
    '{field}: {official} is not an AGENCY_HEAD official of {agency}; add the candidate to the agency first',
  pendingProposal: '{agency} already has a proposed head waiting for a decision',
  proposeDistrictOnly:
    'Agency heads are proposed by the district department: only an ADMIN of the whole district may propose; the subdistrict consents or refuses',
  reasonTooLong: '{field}: must be at most {max} characters',
  refusalReason: '{field}: a refusal must say why',
  startsBeforePrevious: "The term would start on {startsOn}, before the current head's term began ({startsOn2})",
});
