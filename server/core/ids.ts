const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the shape of the ids Pingyi hands out (UUIDs); other strings match no record. */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/**
 * An id as PostgreSQL prints a UUID (lower case): loaders key their rows by it, so that an id a
 * client typed in upper case, which the database matches, also finds its record.
 */
export function idKey(id: string): string {
  return id.toLowerCase();
}
