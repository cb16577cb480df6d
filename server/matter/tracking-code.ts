import { createHash, randomBytes } from 'node:crypto';
import { stripHiddenCharacters } from '../core/inputs';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new tracking code for a resident (docs/rules.md rule 13), like a ballot code: 16 random characters
 * (80 bits) in four groups, e.g. `4K7Q-M2XD-9TRB-H0CS`. Shown once; only its hash is stored.
 */
export function newTrackingCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (let i = 0; i < 16; i += 1) {
    code += ALPHABET[bytes[i] & 31];
    if (i % 4 === 3 && i < 15) code += '-';
  }
  return code;
}

/**
 * A code as typed, normalised: NFKC (full-width letters, digits and hyphens from a Chinese input
 * method are the ones they stand for), upper case, without spaces or hyphens, with the letters
 * people confuse mapped as Crockford does (O → 0, I and L → 1). Null when it cannot be a tracking code.
 */
export function normaliseTrackingCode(input: string): string | null {
  const text = stripHiddenCharacters(input.normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(text) ? text : null;
}

/** SHA-256 (hex) of a normalised code: what is stored and looked up. 80 random bits need no key. */
export function hashTrackingCode(normalised: string): string {
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
