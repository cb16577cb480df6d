/**
 * Client-side checks that mirror the server's input rules, so most mistakes show before saving;
 * the server remains the authority (its errors appear on the same fields).
 */
import { maxLength, required, type Validator } from 'react-admin';

/** A division code of exactly `count` digits (6 district, 9 subdistrict, 12 neighborhood). */
export function divisionCode(count: number): Validator {
  const pattern = new RegExp(`^\\d{${count}}$`);
  return (value: unknown) =>
    value == null || value === '' || pattern.test(String(value))
      ? undefined
      : { message: 'pingyi.validation.digits', args: { count } };
}

const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Whether `text` has something visible, as the server decides it: false for text made only of
 * whitespace (U+3000 included), control and format characters (zero-width space and joiners, word
 * joiner, byte-order mark…), other default-ignorable code points (Hangul fillers, variation
 * selectors) and the Braille blank.
 */
export function saysSomething(text: unknown): boolean {
  return typeof text === 'string' && text.replace(INVISIBLE, '') !== '';
}

/** Required text: empty, blank or invisible-only text gets the usual required message. */
export const requiredText: Validator = (value: unknown) =>
  saysSomething(value) ? undefined : 'ra.validation.required';

/** A name: required, 1–100 characters, not only spaces or invisible characters. */
export const nameRules: Validator[] = [required(), maxLength(100), requiredText];

/** An optional text of at most 100 characters (titles, external ids). */
export const optionalText: Validator[] = [maxLength(100)];
