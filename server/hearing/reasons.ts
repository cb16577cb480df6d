/**
 * The error reasons of the hearing module (server/core/reasons.ts): key `hearing.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const hearingReasons = defineReasons('hearing', {
  endsBeforeStart: '{field}: construction cannot end before it starts',
  heldAfterConstructionStarts:
    '{field}: the hearing must be held before construction starts ({constructionStartsOn}), not after (docs/rules.md rule 14)',
  nameBlank: '{field}: a name must say something',
  notSupported:
    '{field}: no hearing has supported this project (none held or decided, or NOT_SUPPORTED); hold one, or record the override decision with its reason (docs/rules.md rule 14)',
  outcomeBeforeHeld:
    '{field}: the hearing is held on {heldOn}; its outcome cannot be recorded before that day (today is {today}, Asia/Shanghai)',
  outcomeRecorded: 'The outcome is already recorded ({outcome})',
  projectAlreadyStarted: 'The project has already started',
  projectStarted: '{field}: the project has already started',
});
