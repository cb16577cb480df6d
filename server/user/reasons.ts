/**
 * The error reasons of the user module (server/core/reasons.ts): key `user.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const userReasons = defineReasons('user', {
  integrationRole: '{field}: INTEGRATION is the role of service tokens (createServiceToken), not of users',
  listAdminOnly: 'Only an ADMIN may list users',
  officialOutsideScope: "{field}: the official serves outside this user's scope",
  officialOutsideSubdistrict: "{field}: the user's official serves outside this subdistrict",
  officialUserOnly: '{field}: only an OFFICIAL user is linked to an official',
  oneUnit: '{field}: a user is staff of one office or one agency, not both',
  ownAccount: 'You may not delete your own account',
  ownRole: 'You may not change your own role or scope; ask another ADMIN',
  subdistrictOtherDistrict: "{field}: the subdistrict is not in the user's district",
  subdistrictOutside: '{field}: {subdistrict} is not in {district}',
  unitOutside: "{field}: {unit} is not in the user's 街道",
  unitStaffAdminOnly: '{field}: only an ADMIN scoped to one 街道 is staff of one of its offices or agencies',
  registeredForOpenMeeting:
    '{field}: {username} is registered for the open meeting "{meeting}" ({meetingId}); reset the password after that meeting has closed',
});
