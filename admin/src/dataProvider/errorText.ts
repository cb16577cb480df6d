/**
 * The sentence the admin shows for a server error, in the admin's language: the translation of its
 * `extensions.reason` (`pingyi.errors.<reason>`, i18n/zh.errors.ts and zh.moduleErrors.ts) filled
 * with its `extensions.params`, the field named by its label, types and enum values by their names; a
 * generic sentence of its code when the reason has no translation. Never the server's English
 * message, which is for developers.
 */
import type { TranslateFunction } from 'ra-core';
import type { ServerError } from './graphqlClient';

/** The codes with a generic sentence (`pingyi.errors.<CODE>`); any other reads as INTERNAL_SERVER_ERROR. */
const GENERIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'NETWORK',
]);

/** What `translate` answers for a key without a translation. */
const MISSING = '\u0000missing';

/** The enum a parameter's value most likely belongs to, by the parameter's name (others are looked up in every enum). */
const ENUM_OF_PARAM: Record<string, string[]> = {
  role: ['Role'],
  satisfaction: ['Satisfaction'],
  category: ['OfficialCategory'],
  kind: ['OfficeKind', 'AgencyKind'],
  status: ['MeetingStatus', 'MatterStatus', 'SurveyStatus', 'AccountabilityStatus'],
};

/** The enums of the entry's messages (`pingyi.enums`): enum name → its values; see setErrorEnums. */
let ENUMS: Record<string, string[]> = {};

/**
 * Tells the error sentences which enums the entry's messages name (`pingyi.enums` of `messages`),
 * so that a parameter such as `ASSESSOR` reads as its label: the admin's whole tree (App.tsx) or
 * the residents' pages' (lite/LiteApp.tsx). Passed in rather than imported, so that the small
 * entry does not carry the staff screens' messages.
 */
export function setErrorEnums(messages: object): void {
  const enums = (messages as { pingyi?: { enums?: Record<string, object> } }).pingyi?.enums ?? {};
  ENUMS = Object.fromEntries(Object.entries(enums).map(([name, values]) => [name, Object.keys(values)]));
}

/** The status enum of a reason's module (its key's prefix), which names a `status` parameter first. */
const STATUS_OF_PREFIX: Record<string, string> = {
  meeting: 'MeetingStatus',
  rating: 'MeetingStatus',
  inquiry: 'MeetingStatus',
  matter: 'MatterStatus',
  accountability: 'AccountabilityStatus',
  convention: 'ConventionVersionStatus',
};

/**
 * An enum value (`ASSESSOR`) in the admin's language, when a known enum has it (the reason's own
 * status enum first, then the parameter's); otherwise the value as it is.
 */
function enumText(translate: TranslateFunction, param: string, value: string, reason: string | null): string {
  if (!/^[A-Z][A-Z0-9_]+$/.test(value)) return value;
  const own = param === 'status' && reason ? STATUS_OF_PREFIX[reason.split('.')[0]] : undefined;
  const candidates = [...(own ? [own] : []), ...(ENUM_OF_PARAM[param] ?? []), ...Object.keys(ENUMS)];
  const found = candidates.find((name) => ENUMS[name]?.includes(value));
  return found ? translate(`pingyi.enums.${found}.${value}`, { _: value }) : value;
}

/**
 * A GraphQL type's name (`EvaluationMeeting`) as the admin calls its resource (`evaluationMeetings`:
 * 评议会), or the name as it is when no resource has it.
 */
function typeText(translate: TranslateFunction, typeName: string): string {
  const resource = `${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}s`;
  const name = translate(`resources.${resource}.name`, { smart_count: 1, _: MISSING });
  return name === MISSING ? typeName : name;
}

/**
 * The label of an input field path (`input.name`, `input.codes.2`, `filter.year`): the resource's
 * own label when `resource` has one, else the generic `pingyi.fields.<name>`; else the name as it is.
 */
export function fieldLabel(translate: TranslateFunction, field: string, resource?: string): string {
  const parts = field.split(/[.[\]]/).filter((part) => part !== '' && !/^\d+$/.test(part) && part !== 'input');
  const name = parts[parts.length - 1] ?? field;
  const own = resource ? translate(`resources.${resource}.fields.${name}`, { _: MISSING }) : MISSING;
  if (own !== MISSING) return own;
  return translate(`pingyi.fields.${name}`, { _: name });
}

/** The sentence of `error` (the first GraphQL error of a failed call, or none for a transport failure) of code `code`. */
export function errorSentence(
  translate: TranslateFunction,
  error: ServerError | undefined,
  code: string,
  resource?: string,
): string {
  const extensions = error?.extensions ?? {};
  const reason = typeof extensions.reason === 'string' ? extensions.reason : null;
  const raw = (extensions.params ?? {}) as Record<string, unknown>;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    params[name] =
      name === 'field' && typeof value === 'string'
        ? fieldLabel(translate, value, resource)
        : name === 'typeName' && typeof value === 'string'
          ? typeText(translate, value)
          : enumText(translate, name, String(value ?? ''), reason);
  }
  if (reason) {
    const sentence = translate(`pingyi.errors.${reason}`, { ...params, _: MISSING });
    if (sentence !== MISSING && typeof sentence === 'string') return sentence;
  }
  const generic = GENERIC_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR';
  return typeof extensions.field === 'string'
    ? translate(`pingyi.errors.${generic}_field`, { field: fieldLabel(translate, extensions.field, resource) })
    : translate(`pingyi.errors.${generic}`);
}
