/**
 * The error reasons of the evaluation-meeting module (server/core/reasons.ts): key `meeting.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const meetingReasons = defineReasons('meeting', {
  accountVoter: '{field}: {user} is on the roll as an account voter and may not also get a ballot code',
  alreadyCodeVoter: '{field}: {user} was checked in as a code voter already and votes with that code only',
  chairScope: '{field}: the chair must be a CHAIR user whose scope covers the subdistrict',
  codeVoterOnly: '{field}: {name} was checked in as a code voter at this meeting and votes with the code only',
  nameBlank: '{field}: name {i} is blank',
  nameIsRepresentative:
    '{field}: "{representative}" is the name of a representative with an account: check them in by account (input.userIds), or add what tells two people of the same name apart',
  nameOnRoll: '{field}: "{taken}" is on the roll already; add what tells two people of the same name apart',
  namesakeCodeVoter:
    '{field}: someone named {namesake} was checked in by name as a code voter at this meeting; if that is this representative, they vote with the code only',
  nameTwice: '{field}: "{name}" is listed twice; add what tells the two apart',
  neighborhoodOtherSubdistrict: '{field}: the neighborhood is in another subdistrict',
  noAccountUsesCode: '{field}: a person without an account votes with a ballot code; check them in with mode CODE',
  noneToCheckIn: '{field}: name at least one person to check in',
  noOfficials: 'Add at least one official under evaluation before opening the meeting',
  notRegistered:
    '{field}: {user} is not registered for this meeting; register them first, or check them in as a code voter',
  notRepresentative: "{field}: {id} is not a REPRESENTATIVE of this meeting's subdistrict",
  notServingOfficial: "{field}: {id} is not an official serving in this meeting's subdistrict",
  personTwice: '{field}: a person is listed twice',
  registeredReaders: 'Only an ADMIN or the chair of this meeting may see who is registered',
  rollReaders: "Only the meeting's chair and the ADMINs over it read its attendance roll",
  scheduledAtRange: '{field}: must be a date between the years 2000 and 2100',
  templateOtherDistrict: '{field}: the template belongs to another district',
  userNotRepresentative: "{field}: {userId} is not a REPRESENTATIVE of this meeting's subdistrict",
  wrongStatus: 'The meeting is {status}; only a meeting that is {allowed} can {verb}',
});
