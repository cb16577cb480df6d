/**
 * The error reasons of the node module (server/core/reasons.ts): key `node.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const nodeReasons = defineReasons('node', {
  tooManyIds: '{field}: at most {max} ids at a time',
});
