import { maintenanceUrl, queryOnce } from '../lib/context';

/** Version of the seed's content; a database marked with another version is seeded again. */
export const SEED_VERSION = 5;
/** Start of the marker the seed writes as the bench database's comment when it completes. */
export const MARK_PREFIX = 'pingyi-bench-seed';

/**
 * The seed's marker on the database at `url` ("pingyi-bench-seed v1, year 2026, 1,234,567
 * ratings, 95 s"), or null when the database is missing or was not (completely) seeded by this
 * version.
 */
export async function readSeedMark(url: string): Promise<string | null> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  try {
    const rows = await queryOnce<{ mark: string | null }>(
      maintenanceUrl(url),
      `SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1`,
      [name],
    );
    const mark = rows[0]?.mark;
    return mark && mark.startsWith(`${MARK_PREFIX} v${SEED_VERSION},`) ? mark : null;
  } catch {
    return null;
  }
}
