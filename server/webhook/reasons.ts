/**
 * The error reasons of the webhook module (server/core/reasons.ts): key `webhook.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const webhookReasons = defineReasons('webhook', {
  districtAdminOnly: 'Only an ADMIN of a whole district may {what}',
  stillPending: 'This delivery is still PENDING: only a FAILED or DELIVERED delivery can be redelivered',
  urlAbsolute: '{field}: must be an absolute http or https URL',
  urlCredentials: '{field}: must not carry a user name or password',
  urlRefused: '{field}: may not point at {hostname}: {refused}',
  urlScheme: '{field}: only http and https URLs are called',
});
