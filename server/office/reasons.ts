/**
 * The error reasons of the office module (server/core/reasons.ts): key `office.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const officeReasons = defineReasons('office', {
  dutyTaken: '{field}: "{duty}" already belongs to {owner}; each duty has one owning office',
  noSubdistrict: '{field}: no Subdistrict has id {value}',
  selfDesignatedName: '{field}: a SELF_DESIGNATED office needs a name',
  standardKindTaken:
    '{field}: {subdistrict} already has its {kind} office ({twin}); a subdistrict has one office of each standard kind',
  standardOffice:
    '{field}: {office} is one of the six standard offices every subdistrict keeps (docs/rules.md rule 1); it cannot be deleted',
  tooManySelfDesignated:
    '{field}: {subdistrict} already has {selfDesignated} self-designated work bodies; at most {max} are allowed',
});
