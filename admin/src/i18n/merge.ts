/** Deep-merges message trees: later sources win; the sources are not modified. */
export function deepMerge(...sources: object[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source ?? {})) {
      const current = result[key];
      result[key] =
        value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
          ? deepMerge(current as object, value as object)
          : value && typeof value === 'object' && !Array.isArray(value)
            ? deepMerge(value as object)
            : value;
    }
  }
  return result;
}
