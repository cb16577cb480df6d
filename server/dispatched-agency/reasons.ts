/**
 * The error reasons of the dispatched-agency module (server/core/reasons.ts): key `dispatchedAgency.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const dispatchedAgencyReasons = defineReasons('dispatchedAgency', {
  subdistrictOtherDistrict: '{field}: {subdistrict} is not in the district of {department}',
});
