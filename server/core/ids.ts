const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the shape of the ids Pingyi hands out (UUIDs); other strings match no record. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
