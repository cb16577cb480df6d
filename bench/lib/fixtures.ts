import { Client } from 'pg';

/**
 * What `npm run bench:seed` puts in the bench database for the benchmarks to use. Every user it
 * makes signs in with `BENCH_PASSWORD`; usernames follow the patterns below (codes are the real
 * division codes, e.g. 310101 黄浦区, 310101013 外滩街道).
 *
 * | username | role | scope |
 * |---|---|---|
 * | `bench.admin.<districtCode>` | ADMIN | the district |
 * | `bench.assessor.<districtCode>` | ASSESSOR | the district |
 * | `bench.chair.<subdistrictCode>` | CHAIR | the 街道 |
 * | `bench.rep.<subdistrictCode>.<nn>` (nn = 01…`REPS_PER_SUBDISTRICT`) | REPRESENTATIVE | the 街道 |
 *
 * Only 街道 (kind SUBDISTRICT) get chairs, representatives, offices, agencies and meetings.
 * Besides five years of CLOSED meetings, the seed leaves `OPEN_MEETINGS` meetings of the current
 * year OPEN (titles start with `OPEN_MEETING_TITLE_PREFIX`), each in a different 街道 with every
 * representative of that 街道 registered and `OPEN_MEETING_OFFICIALS` officials under evaluation,
 * and no ratings: B3's burst rates those. `loadOpenMeetings` lists them.
 */
export const BENCH_PASSWORD = 'pingyi-bench';
/** Representatives (users) per 街道. */
export const REPS_PER_SUBDISTRICT = 50;
/** Number of OPEN meetings of the current year left for B3. */
export const OPEN_MEETINGS = 10;
/** Officials under evaluation at each OPEN meeting. */
export const OPEN_MEETING_OFFICIALS = 8;
/** Title prefix of the OPEN bench meetings. */
export const OPEN_MEETING_TITLE_PREFIX = '压测评议会';
/** Default connection string of the bench database. */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/pingyi_bench';

/** The bench database's connection string: `PINGYI_BENCH_DATABASE_URL` or the default. */
export function benchDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PINGYI_BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;
}

/** Username of a district's bench ADMIN, e.g. "bench.admin.310101". */
export function adminUsername(districtCode: string): string {
  return `bench.admin.${districtCode}`;
}

/** Username of a district's bench ASSESSOR, e.g. "bench.assessor.310101". */
export function assessorUsername(districtCode: string): string {
  return `bench.assessor.${districtCode}`;
}

/** Username of a 街道's bench CHAIR, e.g. "bench.chair.310101013". */
export function chairUsername(subdistrictCode: string): string {
  return `bench.chair.${subdistrictCode}`;
}

/** Username of representative n (1-based) of a 街道, e.g. "bench.rep.310101013.07". */
export function repUsername(subdistrictCode: string, n: number): string {
  return `bench.rep.${subdistrictCode}.${String(n).padStart(2, '0')}`;
}

/** One OPEN bench meeting as B3 needs it. */
export interface OpenMeetingFixture {
  /** The meeting's id (a UUID; the API's ids are the same strings). */
  meetingId: string;
  /** Code of its 街道. */
  subdistrictCode: string;
  /** Username of its chair (`bench.chair.<code>`). */
  chairUsername: string;
  /** Ids of the officials under evaluation, sorted. */
  officialIds: string[];
  /** Criterion keys of its template; a rating scores each one 1–5. */
  criteriaKeys: string[];
  /** Usernames of its registered representatives, sorted. */
  repUsernames: string[];
}

/**
 * Reads the OPEN bench meetings from the database at `databaseUrl` (default: the bench database).
 * Returns them ordered by 街道 code; an empty list when the seed has not run.
 */
export async function loadOpenMeetings(databaseUrl: string = benchDatabaseUrl()): Promise<OpenMeetingFixture[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT m.id AS "meetingId", s.code AS "subdistrictCode", c.username AS "chairUsername",
              (SELECT array_agg(mo.official_id::text ORDER BY mo.official_id) FROM meeting_official mo WHERE mo.meeting_id = m.id) AS "officialIds",
              (SELECT array_agg(cr->>'key' ORDER BY ord) FROM jsonb_array_elements(t.criteria) WITH ORDINALITY AS x(cr, ord)) AS "criteriaKeys",
              (SELECT array_agg(u.username ORDER BY u.username) FROM meeting_representative mr JOIN app_user u ON u.id = mr.user_id WHERE mr.meeting_id = m.id) AS "repUsernames"
         FROM evaluation_meeting m
         JOIN subdistrict s ON s.id = m.subdistrict_id
         JOIN rating_template t ON t.id = m.template_id
         LEFT JOIN app_user c ON c.id = m.chair_id
        WHERE m.status = 'OPEN' AND m.title LIKE $1
        ORDER BY s.code`,
      [`${OPEN_MEETING_TITLE_PREFIX}%`],
    );
    return rows as OpenMeetingFixture[];
  } finally {
    await client.end();
  }
}
