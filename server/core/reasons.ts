/**
 * The registry of error reasons (docs/architecture.md, errors): every client error carries a
 * stable `extensions.reason` key (`meeting.noOfficials`) and `extensions.params`, the values its
 * sentence needs. Each reason has one English template here, from which the error's message is
 * rendered, so message and reason never drift; the admin keeps a Chinese and an English sentence
 * per key (`pingyi.errors.<key>`), and test/error-reasons.test.ts fails when one is missing.
 * Modules define their reasons with `defineReasons` in their own `reasons.ts`; the kernel knows
 * no module, it only collects what they define.
 */

/** A value a reason's sentence may show: a name, a count, a limit, a code. */
export type ReasonParam = string | number | boolean | null;

/** One reason an error is refused for: its registry key and the values its template names. */
export interface Reason {
  /** The stable key, `<prefix>.<name>` (or an upper-case word clients compared before the registry, e.g. `CODE_IN_USE`). */
  readonly key: string;
  /** The values of the template's `{name}` placeholders, except `{field}`, which the error's field fills. */
  readonly params: Readonly<Record<string, ReasonParam>>;
}

/** The placeholder names of a template (`{name}`), without `field`, which the error's field fills. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends 'field' ? never : P) | ParamNames<Rest>
  : never;

/** Makes a Reason from the values its template names; a template without placeholders takes none. */
export type ReasonMaker<S extends string> = [ParamNames<S>] extends [never]
  ? () => Reason
  : (params: Record<ParamNames<S>, ReasonParam>) => Reason;

/** Every reason defined so far: key → English template. */
const templates = new Map<string, string>();

/**
 * A key's full form: `<prefix>.<name>`, or the name alone when it is an upper-case word (a reason
 * clients compared before the registry existed, such as `CODE_IN_USE`, keeps its spelling).
 */
function keyOf(prefix: string, name: string): string {
  return /^[A-Z][A-Z_]*$/.test(name) || prefix === '' ? name : `${prefix}.${name}`;
}

/**
 * Registers a module's reasons: `name → English template` with `{param}` placeholders, `{field}`
 * for the input field at fault. Returns one maker per reason, typed by its placeholders, e.g.
 * `meetingReasons.wrongStatus({ status })`. A key defined twice with another template throws at
 * start-up, so two modules cannot quietly share a key with different sentences.
 */
export function defineReasons<const T extends Record<string, string>>(
  prefix: string,
  list: T,
): { readonly [K in keyof T & string]: ReasonMaker<T[K]> } {
  const makers: Record<string, (params?: Record<string, ReasonParam>) => Reason> = {};
  for (const [name, template] of Object.entries(list)) {
    const key = keyOf(prefix, name);
    const known = templates.get(key);
    if (known !== undefined && known !== template)
      throw new Error(`The error reason ${key} is defined twice with different templates`);
    templates.set(key, template);
    makers[name] = (params = {}) => ({ key, params });
  }
  return makers as { readonly [K in keyof T & string]: ReasonMaker<T[K]> };
}

/** Every reason defined so far (key → English template), for the admin's translation check and the docs. */
export function reasonTemplates(): ReadonlyMap<string, string> {
  return templates;
}

/** A reason's parameters as `extensions.params` carries them: its own values, and `field` when there is one. */
export function reasonParams(reason: Reason, field: string | null = null): Record<string, ReasonParam> {
  return field === null ? { ...reason.params } : { ...reason.params, field };
}

/**
 * The English sentence of `reason`: its template with each `{name}` replaced by the parameter
 * (`{field}` by `field`). An unknown key throws: every reason must be defined before it is used.
 */
export function renderReason(reason: Reason, field: string | null = null): string {
  const template = templates.get(reason.key);
  if (template === undefined) throw new Error(`Unknown error reason ${reason.key}`);
  const params = reasonParams(reason, field);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
