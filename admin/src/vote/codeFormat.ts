/** Reads full-width letters and digits as the ones they stand for (NFKC), upper-cases, keeps the code's letters and digits, and shows them as XXXXX-XXXXX. */
export function formatCode(typed: string): string {
  const letters = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 10);
  return letters.length > 5 ? `${letters.slice(0, 5)}-${letters.slice(5)}` : letters;
}
