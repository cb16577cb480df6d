/**
 * The error reasons of the rating-template module (server/core/reasons.ts): key `ratingTemplate.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const ratingTemplateReasons = defineReasons('ratingTemplate', {
  keyTwice: '{field}: the key "{key}" appears twice',
  templateInUse: 'A meeting already uses this template; its criteria can no longer change. Make a new template.',
  weightsSum: '{field}: the weights sum to {sum}; they must sum to 100',
});
