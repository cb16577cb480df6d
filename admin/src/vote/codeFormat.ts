/** A code's letters and digits as typed: full-width ones read as what they stand for (NFKC), upper-cased, anything else dropped. */
export function codeLetters(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** A code as typed, shown as XXXXX-XXXXX (codeLetters, at most 10). */
export function formatCode(typed: string): string {
  const letters = codeLetters(typed).slice(0, 10);
  return letters.length > 5 ? `${letters.slice(0, 5)}-${letters.slice(5)}` : letters;
}
