/**
 * A list of strings (a hearing's representatives, the laws a department cites) edited as a
 * multi-line text box, one entry per line: easier on a tablet than a row per entry.
 */

/** The form's text → the list the API takes: one trimmed entry per non-empty line. */
export function parseLines(value: unknown): string[] {
  return String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The record's list → the text box's value, one entry per line (text being typed passes through). */
export function formatLines(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : String(value ?? '');
}

/** Props that make a TextInput edit a list of strings, one per line. */
export const LINES_INPUT = {
  multiline: true,
  minRows: 3,
  parse: parseLines,
  format: formatLines,
  helperText: 'pingyi.selfgov.onePerLine',
} as const;
