/**
 * Every error reason the server defines (server/core/reasons.ts: the kernel's core-reasons.ts and
 * each module's reasons.ts) has a sentence in the admin's Chinese and English messages
 * (`pingyi.errors.<reason>`), each sentence belongs to a reason (or is one of the generic sentences
 * per code), and a sentence names only parameters its reason sends.
 */
import * as path from 'path';
import { globSync } from 'glob';
import en from '../../admin/src/i18n/en';
import zh from '../../admin/src/i18n/zh';
import { reasonTemplates } from '../../server/core/reasons';

const root = path.join(__dirname, '../..');

// Every module's reasons, and the kernel's, registered before any test reads the registry.
beforeAll(async () => {
  for (const file of globSync('server/**/*reasons.ts', { cwd: root })) await import(path.join(root, file));
});

/** The admin's sentences per error code (fallbacks when a reason has none), which belong to no reason. */
const GENERIC =
  /^(BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT|INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE|NETWORK)(_field|_inline)?$/;

/** Every leaf of a message tree as a dotted key → text. */
function leaves(tree: object, prefix = ''): Record<string, string> {
  return Object.assign(
    {},
    ...Object.entries(tree).map(([key, value]) =>
      value && typeof value === 'object' ? leaves(value as object, `${prefix}${key}.`) : { [`${prefix}${key}`]: value },
    ),
  );
}

const reasons = reasonTemplates();
/** The registry's keys, sorted (read once the reasons are registered). */
const sortedKeys = (): string[] => [...reasons.keys()].sort();

describe.each([
  ['Chinese', zh],
  ['English', en],
])('the error sentences in %s', (_language, messages) => {
  const sentences = leaves((messages as unknown as { pingyi: { errors: object } }).pingyi.errors);

  it('translate every reason of the server', () => {
    const keys = sortedKeys();
    expect(keys.length).toBeGreaterThan(250);
    expect(keys.filter((key) => !(key in sentences))).toEqual([]);
  });

  it('hold no sentence without a reason', () => {
    expect(Object.keys(sentences).filter((key) => !reasons.has(key) && !GENERIC.test(key))).toEqual([]);
  });

  it("name only parameters the reason sends (its template's, `field`, and a class-validator constraint's limit)", () => {
    const unknown = sortedKeys().flatMap((key) => {
      const limits = key.startsWith('validation.') ? ['min', 'max'] : [];
      const sent = new Set([...reasons.get(key)!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).concat('field', ...limits));
      return [...(sentences[key] ?? '').matchAll(/%\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => !sent.has(name))
        .map((name) => `${key}: %{${name}}`);
    });
    expect(unknown).toEqual([]);
  });
});

describe('the reason keys', () => {
  it('are stable dotted keys (or the upper-case words clients compared before), none the prefix of another', () => {
    const keys = sortedKeys();
    expect(keys.filter((key) => !/^([a-z][A-Za-z0-9]*\.)*[a-z][A-Za-z0-9]*$|^[A-Z][A-Z_]*$/.test(key))).toEqual([]);
    expect(keys.filter((key) => keys.some((other) => other.startsWith(`${key}.`)))).toEqual([]);
  });
});
