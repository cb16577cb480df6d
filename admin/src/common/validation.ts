/**
 * Client-side checks that mirror the server's input rules, so most mistakes show before saving;
 * the server remains the authority (its errors appear on the same fields).
 */
import { maxLength, required, type Validator } from 'react-admin';

/** A division code of exactly `count` digits (6 district, 9 subdistrict, 12 neighborhood). */
export function divisionCode(count: number): Validator {
  const pattern = new RegExp(`^\\d{${count}}$`);
  return (value: unknown) =>
    value == null || value === '' || pattern.test(String(value)) ? undefined : { message: 'pingyi.validation.digits', args: { count } };
}

/** A name: required, 1–100 characters, not only spaces. */
export const nameRules: Validator[] = [
  required(),
  maxLength(100),
  (value: unknown) => (typeof value === 'string' && value.trim() === '' ? 'ra.validation.required' : undefined),
];

/** An optional text of at most 100 characters (titles, external ids). */
export const optionalText: Validator[] = [maxLength(100)];
