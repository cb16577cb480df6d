import { COMPLAINTS, PRAISES, qualitySql, textArray } from './functions';
import { REPS_PER_SUBDISTRICT } from '../lib/fixtures';
import { WORKERS_PER_COMMITTEE, type SeedStep } from './structure';

/** The bench template's criteria (weights sum to 100), the same in every district. */
export const CRITERIA = [
  { key: 'attitude', label: '服务态度', weight: 40 },
  { key: 'efficiency', label: '办事效率', weight: 30 },
  { key: 'integrity', label: '廉洁自律', weight: 30 },
];
/** Representatives registered for each CLOSED meeting (out of the 街道's). */
export const REPS_PER_MEETING = 15;
/** Share of registered representatives who rate a given official at a CLOSED meeting. */
export const TURNOUT = 0.85;
/** Civil servants and agency heads evaluated at each CLOSED meeting besides the committee's workers. */
const STAFF_PER_MEETING = { civilServants: 2, heads: 1 };

const LEVELS = ['VERY_DISSATISFIED', 'DISSATISFIED', 'BASICALLY_SATISFIED', 'SATISFIED', 'VERY_SATISFIED'];

/** Byte `slot` of the ballot's hash `h` (bytea) as a number in [0, 1). */
function noise(slot: number): string {
  return `(get_byte(h, ${slot}) / 256.0)`;
}

/** Score expression 1–5 around the mean `mu` with the noise of byte `slot` of `h`. */
function level(slot: number): string {
  return `LEAST(5, GREATEST(1, round(mu + (${noise(slot)} - 0.5) * 1.5)))::int`;
}

/**
 * Steps adding five years (`year`−5 … `year`−1) of CLOSED meetings: the working tables (committees
 * with their order in the 街道, staff with their order, each official's yearly quality), a template
 * per district, one meeting per residents' committee of a 街道 per year with its officials and
 * registered representatives, the voter roll, the ballots (no voter, keyed by `md5(salt || …)`
 * with a salt never stored, written in key order so nothing lines up with the roll) and the
 * frozen results computed from the ballots.
 */
export function meetingSteps(year: number, salt: string): SeedStep[] {
  const first = year - 5;
  const last = year - 1;
  const years = `generate_series(${first}, ${last}) AS y`;
  const meetingId = `pg_temp.bid('meeting:' || nb.nb_code || ':' || y)`;
  const scoreExpr = CRITERIA.map((c) => `${c.weight} * (avg((scores->>'${c.key}')::int) - 1) / 4`).join(' + ');
  return [
    {
      label: 'working tables',
      sql: `CREATE TEMP TABLE bench_nb AS
            SELECT n.id AS nb_id, n.code AS nb_code, n.name AS nb_name, s.id AS sub_id, s.code AS sub_code, d.code AS district_code,
                   (row_number() OVER (PARTITION BY s.id ORDER BY n.code) - 1)::int AS j
              FROM neighborhood n JOIN subdistrict s ON s.id = n.subdistrict_id JOIN district d ON d.id = s.district_id
             WHERE s.kind = 'SUBDISTRICT' AND n.kind = 'RESIDENTS_COMMITTEE';
            CREATE TEMP TABLE bench_staff AS
            SELECT id AS official_id, subdistrict_id AS sub_id, category,
                   (row_number() OVER (PARTITION BY subdistrict_id, category ORDER BY external_id) - 1)::int AS ord,
                   (count(*) OVER (PARTITION BY subdistrict_id, category))::int AS n
              FROM official WHERE category <> 'COMMUNITY_WORKER';
            CREATE INDEX ON bench_staff (sub_id, category, ord);
            CREATE TEMP TABLE bench_q AS
            SELECT o.id AS official_id, y AS year, ${qualitySql('o.id', 'y')} AS q FROM official o CROSS JOIN ${years};
            CREATE UNIQUE INDEX ON bench_q (official_id, year);
            ANALYZE bench_nb; ANALYZE bench_staff; ANALYZE bench_q;`,
    },
    {
      label: 'rating templates',
      sql: `INSERT INTO rating_template (id, name, criteria, district_id)
            SELECT pg_temp.bid('template:' || d.code), '政务评议标准', $1::jsonb, d.id FROM district d`,
      params: [JSON.stringify(CRITERIA)],
    },
    {
      label: 'meetings',
      sql: `INSERT INTO evaluation_meeting (id, title, year, status, scheduled_at, opened_at, closed_at, min_ratings, subdistrict_id, neighborhood_id, chair_id, template_id)
            SELECT ${meetingId}, y || '年' || nb.nb_name || '政务评议会', y, 'CLOSED', t, t, t + interval '2 hours', 3, nb.sub_id, nb.nb_id,
                   pg_temp.bid('user:bench.chair.' || nb.sub_code), pg_temp.bid('template:' || nb.district_code)
              FROM bench_nb nb CROSS JOIN ${years}
             CROSS JOIN LATERAL (SELECT make_timestamptz(y, 3 + nb.j % 9, 1 + (nb.j * 7) % 28, 6, 0, 0, 'UTC') AS t) AS tt`,
    },
    {
      label: 'meeting officials',
      sql: `INSERT INTO meeting_official (meeting_id, official_id)
            SELECT ${meetingId}, pg_temp.bid('official:' || nb.nb_code || ':' || k)
              FROM bench_nb nb CROSS JOIN ${years} CROSS JOIN generate_series(0, ${WORKERS_PER_COMMITTEE - 1}) AS k
            UNION
            SELECT ${meetingId}, st.official_id
              FROM bench_nb nb CROSS JOIN ${years}
              JOIN bench_staff st ON st.sub_id = nb.sub_id
               AND ((st.category = 'CIVIL_SERVANT' AND ((st.ord - ${STAFF_PER_MEETING.civilServants} * nb.j - y) % st.n + st.n) % st.n < ${STAFF_PER_MEETING.civilServants})
                 OR (st.category = 'AGENCY_HEAD' AND ((st.ord - nb.j - y) % st.n + st.n) % st.n < ${STAFF_PER_MEETING.heads}))`,
    },
    {
      label: 'registrations',
      sql: `INSERT INTO meeting_representative (meeting_id, user_id)
            SELECT ${meetingId}, pg_temp.bid('user:bench.rep.' || nb.sub_code || '.' || lpad((((nb.j * ${REPS_PER_MEETING} + k + y * 7) % ${REPS_PER_SUBDISTRICT}) + 1)::text, 2, '0'))
              FROM bench_nb nb CROSS JOIN ${years} CROSS JOIN generate_series(0, ${REPS_PER_MEETING - 1}) AS k`,
    },
    {
      label: 'voter roll',
      sql: `INSERT INTO participation (meeting_id, official_id, voter)
            SELECT mo.meeting_id, mo.official_id, 'user:' || mr.user_id
              FROM meeting_official mo JOIN meeting_representative mr ON mr.meeting_id = mo.meeting_id
             WHERE pg_temp.r(mo.meeting_id || ':' || mo.official_id || ':' || mr.user_id, 0) < ${TURNOUT}`,
    },
    {
      label: 'ratings',
      // OFFSET 0 keeps each subquery from being flattened, so the hash and the level are computed
      // once per ballot rather than once per use.
      sql: `INSERT INTO rating (id, meeting_id, official_id, ballot_key, satisfaction, scores, comment)
            SELECT overlay(overlay(md5(ballot_key) placing '4' from 13) placing '8' from 17)::uuid, meeting_id, official_id, ballot_key, (${textArray(LEVELS)})[lvl],
                   jsonb_build_object(${CRITERIA.map((c, i) => `'${c.key}', ${level(2 + i)}`).join(', ')}),
                   CASE WHEN lvl <= 2 THEN (${textArray(COMPLAINTS)})[1 + floor(${noise(6)} * ${COMPLAINTS.length})::int]
                        WHEN ${noise(7)} < 0.08 THEN (${textArray(PRAISES)})[1 + floor(${noise(6)} * ${PRAISES.length})::int] END
              FROM (SELECT p.meeting_id, p.official_id, x.h, x.mu, md5($1 || encode(x.h, 'hex')) AS ballot_key,
                           LEAST(5, GREATEST(1, round(x.mu + (get_byte(x.h, 1) / 256.0 - 0.5) * 1.5)))::int AS lvl
                      FROM participation p JOIN evaluation_meeting m ON m.id = p.meeting_id
                      JOIN bench_q q ON q.official_id = p.official_id AND q.year = m.year
                     CROSS JOIN LATERAL (SELECT decode(md5(p.meeting_id || ':' || p.official_id || ':' || p.voter), 'hex') AS h, 1 + 4 * q.q AS mu OFFSET 0) AS x
                    OFFSET 0) AS b
             ORDER BY ballot_key COLLATE "C"`,
      params: [salt],
    },
    {
      label: 'meeting results',
      sql: `INSERT INTO meeting_result (meeting_id, official_id, rating_count, distribution, satisfaction_rate, score, published, comments)
            SELECT mo.meeting_id, mo.official_id, coalesce(r.n, 0),
                   jsonb_build_object(${LEVELS.map((l) => `'${l}', coalesce(r."${l}", 0)`).join(', ')}),
                   r.rate, r.score, coalesce(r.n, 0) >= m.min_ratings, coalesce(r.comments, '[]'::jsonb)
              FROM meeting_official mo JOIN evaluation_meeting m ON m.id = mo.meeting_id
              LEFT JOIN (
                SELECT meeting_id, official_id, count(*)::int AS n,
                       ${LEVELS.map((l) => `(count(*) FILTER (WHERE satisfaction = '${l}'))::int AS "${l}"`).join(', ')},
                       (count(*) FILTER (WHERE satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')))::float8 / count(*) AS rate,
                       (${scoreExpr})::float8 AS score,
                       jsonb_agg(comment ORDER BY comment COLLATE "C") FILTER (WHERE comment IS NOT NULL) AS comments
                  FROM rating GROUP BY meeting_id, official_id
              ) AS r ON r.meeting_id = mo.meeting_id AND r.official_id = mo.official_id
             WHERE m.status = 'CLOSED'`,
    },
  ];
}
