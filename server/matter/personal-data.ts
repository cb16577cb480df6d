/**
 * A phone number masked for everyone but the current owner's staff and the 街道's ADMINs
 * (docs/rules.md rule 13): the first 3 and last 4 digits stay, e.g. 138****5678;
 * shorter numbers keep only their last 2 digits.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 2) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** A name masked likewise: the first character stays, the rest become `*` (张** for 张建国). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
}
