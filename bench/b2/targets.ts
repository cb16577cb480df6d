import { queryOnce } from '../lib/context';
import { adminUsername, BENCH_PASSWORD } from '../lib/fixtures';

/** The records B2's four queries read, picked from the bench database. */
export interface B2Targets {
  /** District of q3 and q4 (and the signed-in ADMIN's scope). */
  districtId: string;
  /** Its 6-digit code. */
  districtCode: string;
  /** 街道 of q1: the district's 街道 with the most stationed agencies. */
  subdistrictId: string;
  /** CLOSED meeting of q2: the district's most recently closed meeting with the most results. */
  meetingId: string;
  /** Year of q3: the newest year with a finalised assessment in the district. */
  year: number;
  /** Officials of the district (how big q4's totalCount is). */
  officialCount: number;
  /** Username and password of the district's ADMIN, who runs every query. */
  username: string;
  password: string;
}

/**
 * Picks B2's records. By default the district with the most officials; `B2_DISTRICT_CODE` picks
 * another. The ADMIN is `bench.admin.<code>` with the bench password unless `B2_USERNAME` and
 * `B2_PASSWORD` say otherwise. Throws when the database lacks what a query needs.
 */
export async function pickTargets(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): Promise<B2Targets> {
  const [district] = await queryOnce<{ id: string; code: string; n: number }>(
    databaseUrl,
    `SELECT d.id, d.code, count(o.id)::int AS n
       FROM district d JOIN subdistrict s ON s.district_id = d.id JOIN official o ON o.subdistrict_id = s.id
      WHERE ($1::text IS NULL OR d.code = $1)
      GROUP BY d.id, d.code ORDER BY n DESC, d.code LIMIT 1`,
    [env.B2_DISTRICT_CODE || null],
  );
  if (!district) throw new Error('B2 needs a district with officials: run `npm run bench:seed` first');
  const [sub] = await queryOnce<{ id: string }>(
    databaseUrl,
    `SELECT s.id FROM subdistrict s LEFT JOIN dispatched_agency a ON a.subdistrict_id = s.id
      WHERE s.district_id = $1 AND s.kind = 'SUBDISTRICT' GROUP BY s.id, s.code ORDER BY count(a.id) DESC, s.code LIMIT 1`,
    [district.id],
  );
  const [meeting] = await queryOnce<{ id: string }>(
    databaseUrl,
    `SELECT m.id FROM evaluation_meeting m JOIN subdistrict s ON s.id = m.subdistrict_id
      WHERE s.district_id = $1 AND m.status = 'CLOSED'
      ORDER BY (SELECT count(*) FROM meeting_result r WHERE r.meeting_id = m.id) DESC, m.closed_at DESC, m.id LIMIT 1`,
    [district.id],
  );
  const [year] = await queryOnce<{ year: number | null }>(
    databaseUrl,
    `SELECT max(a.year)::int AS year FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
      WHERE s.district_id = $1 AND a.status = 'FINALIZED'`,
    [district.id],
  );
  if (!sub || !meeting || !year?.year)
    throw new Error(`B2 needs a 街道, a CLOSED meeting and finalised assessments in district ${district.code}`);
  return {
    districtId: district.id,
    districtCode: district.code,
    subdistrictId: sub.id,
    meetingId: meeting.id,
    year: year.year,
    officialCount: district.n,
    username: env.B2_USERNAME || adminUsername(district.code),
    password: env.B2_PASSWORD || BENCH_PASSWORD,
  };
}
