/**
 * The error reasons of the audit module (server/core/reasons.ts): key `audit.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const auditReasons = defineReasons('audit', {
  entityTypeUnknown: 'entityType must be one of {allowed}',
  readerRole: 'Only an ADMIN or ASSESSOR may read the audit log',
});
