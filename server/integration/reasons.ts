/**
 * The error reasons of the integration module (server/core/reasons.ts): key `integration.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const integrationReasons = defineReasons('integration', {
  districtAdminOnly: 'Only an ADMIN of a whole district may {what}',
  districtOutsideToken: 'This service token may not download results of {district}: it is outside its district',
  expiresInFuture: '{field}: must lie in the future',
  expiresWithinYear: '{field}: a token lives at most one year',
  exportFormat: '{field}: results come as .csv or .xlsx',
  exportYear: '{field}: give ?year=YYYY, {from}–{to}',
  machineFormat: '{field}: give ?format=machine for the machine columns, or leave it out',
  oneUpsertPerOperation:
    '{field}: one upsertOfficials field per operation (aliases may not add rows past the 1,000-row limit); send several requests',
  rowsInvalid: '{field}: {rowsAtFault} of {length} rows are invalid (see extensions.errors); nothing was written',
  tokenRequired: 'Send Authorization: Bearer <token>: a service token or a sign-in token',
  upsertRights: 'Only an ADMIN or a service token with officials:write may upsert officials',
  tokenMalformed:
    'This token is not valid: a service token is pyt_ and 43 letters, digits, - or _; check that it was copied whole (a district ADMIN can create a new one with createServiceToken)',
  tokenUnknown:
    'This token is not valid: no such service token exists (a district ADMIN can create a new one with createServiceToken)',
  tokenRevoked:
    'This service token was revoked on {revokedAt}; a district ADMIN can create a new one with createServiceToken',
  tokenExpired:
    'This service token expired on {expiresAt}; a district ADMIN can create a new one with createServiceToken',
});
