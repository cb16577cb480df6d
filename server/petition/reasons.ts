/**
 * The error reasons of the petition module (server/core/reasons.ts): key `petition.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const petitionReasons = defineReasons('petition', {
  agreementOnlyAgreed: '{field}: only an AGREED petition has an agreement',
  agreementRequired: '{field}: concluding as AGREED needs the agreement reached',
  final: 'The petition is {status}: it is final',
  matterOtherSubdistrict: '{field}: the matter is of another 街道 than the petition',
  noTalks: 'No round of talks is recorded: record the talks before concluding',
  notADepartment: '{field}: not a department of this district',
  participantUnnamed: '{field}: a participant must be named',
  reasonRequired: '{field}: concluding as NOT_AGREED needs the reason',
  talkBeforeLast: '{field}: must not be before {notBefore}, the day of the last round of talks',
  talkBeforeTakenUp: '{field}: must not be before {notBefore}, the day the petition was taken up',
  talkAfterToday: '{field}: a round of talks cannot be dated after today ({today}, Asia/Shanghai)',
  talkRepeated: 'The last round of talks ({round}) was already recorded with the same day, participants and summary',
  takenUpAfterTalks: '{field}: the first round of talks was held on {heldOn}, before {takenUpOn}',
  tooManyTalks: 'The petition already has {max} rounds of talks',
});
