import type { SeedStep } from './structure';

/** Matters the bench seed makes by default: a year of 12345 hotline and counter traffic for all of Shanghai. */
export const DEFAULT_BENCH_MATTERS = 2_000_000;

/**
 * How many matters to seed: `PINGYI_BENCH_MATTERS` (a whole number ≥ 0; 0 leaves them out) or
 * DEFAULT_BENCH_MATTERS. Throws naming a malformed value.
 */
export function benchMatterCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PINGYI_BENCH_MATTERS;
  if (raw === undefined || raw === '') return DEFAULT_BENCH_MATTERS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`PINGYI_BENCH_MATTERS must be a whole number, got "${raw}"`);
  return n;
}

/**
 * The matter steps of the bench seed, set-based SQL (one INSERT … SELECT over generate_series per
 * table): `count` matters received over the twelve complete months before the current one, spread
 * evenly over every 街道 and, inside it, over its offices and stationed agencies. Types 30 %
 * consultation, 35 % complaint, 30 % request for help, 5 % complex; deadlines 1, 5, 5 and 15
 * working days read as 1, 7, 7 and 21 calendar days (the seed does not need the holiday calendar);
 * 8 % transferred once to another unit of the 街道, the receiver charged the days it held it;
 * about 78 % answered within a day; resolved before or after the due time; 60 % of the resolved
 * rated on the five levels; what is still open past its due time marked overdue. Then the
 * timeline: RECEIVED, TRANSFERRED, RESPONDED, RESOLVED, RATED and OVERDUE events as they apply
 * (about 3.7 per matter).
 */
export function matterSteps(count: number): SeedStep[] {
  if (count <= 0) return [];
  return [
    {
      label: 'matters',
      sql: `
WITH subs AS (
  SELECT s.id, (row_number() OVER (ORDER BY s.code) - 1)::int AS sk,
         (SELECT n.id FROM neighborhood n WHERE n.subdistrict_id = s.id ORDER BY n.code LIMIT 1) AS nb,
         ((SELECT count(*) FROM office o WHERE o.subdistrict_id = s.id)
          + (SELECT count(*) FROM dispatched_agency a WHERE a.subdistrict_id = s.id))::int AS units
    FROM subdistrict s WHERE s.kind = 'SUBDISTRICT'),
total AS (SELECT count(*)::int AS c FROM subs),
units AS (
  SELECT u.subdistrict_id, u.office_id, u.agency_id,
         (row_number() OVER (PARTITION BY u.subdistrict_id ORDER BY u.office_id NULLS LAST, u.agency_id) - 1)::int AS k
    FROM (SELECT subdistrict_id, id AS office_id, NULL::uuid AS agency_id FROM office
          UNION ALL SELECT subdistrict_id, NULL, id FROM dispatched_agency) u),
span AS (SELECT date_trunc('month', now()) - interval '12 months' AS start,
                extract(epoch FROM date_trunc('month', now()) - (date_trunc('month', now()) - interval '12 months')) AS secs),
g AS (
  SELECT n, n % total.c AS sk, random() AS r_at, random() AS r_unit, random() AS r_transfer, random() AS r_target,
         random() AS r_type, random() AS r_respond, random() AS r_resolve, random() AS r_rate, random() AS r_level
    FROM generate_series(1, ${Math.floor(count)}) n, total),
p AS (
  SELECT g.*, s.id AS subdistrict_id, s.nb, s.units,
         span.start + (g.r_at * span.secs) * interval '1 second' AS received_at,
         CASE WHEN g.r_type < 0.30 THEN 'CONSULTATION' WHEN g.r_type < 0.65 THEN 'COMPLAINT'
              WHEN g.r_type < 0.95 THEN 'REQUEST_FOR_HELP' ELSE 'COMPLEX' END AS type,
         CASE WHEN g.r_type < 0.30 THEN 1 WHEN g.r_type < 0.95 THEN 7 ELSE 21 END AS days,
         floor(g.r_unit * s.units)::int AS rk,
         CASE WHEN g.r_transfer < 0.08 AND s.units > 1
              THEN ((floor(g.r_unit * s.units)::int + 1 + floor(g.r_target * (s.units - 1))::int) % s.units)
              ELSE floor(g.r_unit * s.units)::int END AS ok
    FROM g JOIN subs s ON s.sk = g.sk, span),
q AS (
  SELECT p.*, ru.office_id AS r_office, ru.agency_id AS r_agency, ou.office_id AS o_office, ou.agency_id AS o_agency,
         p.received_at + p.days * interval '1 day' AS due_at,
         p.received_at + (p.r_respond * 1.3) * interval '1 day' AS responded_at,
         CASE WHEN p.rk <> p.ok THEN p.received_at + (0.2 + p.r_target * 2) * interval '1 day' ELSE p.received_at END AS owner_since,
         p.received_at + (p.days * (0.2 + p.r_resolve * 1.1)) * interval '1 day' AS resolved_at
    FROM p JOIN units ru ON ru.subdistrict_id = p.subdistrict_id AND ru.k = p.rk
           JOIN units ou ON ou.subdistrict_id = p.subdistrict_id AND ou.k = p.ok)
INSERT INTO matter (type, channel, status, subdistrict_id, neighborhood_id, title, description, place,
                    reporter_name, reporter_phone, receiver_office_id, receiver_agency_id, owner_office_id, owner_agency_id,
                    owner_since, received_at, response_due_at, due_at, responded_at, response, resolved_at, first_resolved_at,
                    resolution, overdue_at, transfer_count, satisfaction, rated_at, tracking_code_hash)
SELECT q.type,
       (ARRAY['COUNTER', 'PHONE', 'HOTLINE_12345', 'HOTLINE_12345', 'ONLINE', 'REPRESENTATIVE', 'PETITION_AGENT'])[1 + q.n % 7],
       CASE WHEN q.resolved_at < now() THEN 'RESOLVED' WHEN q.responded_at < now() THEN 'IN_PROGRESS' ELSE 'RECEIVED' END,
       q.subdistrict_id, q.nb, '压测诉求 ' || q.n, '压测数据', '', '居民', '13800000000',
       q.r_office, q.r_agency, q.o_office, q.o_agency, q.owner_since, q.received_at,
       q.received_at + interval '1 day', q.due_at,
       CASE WHEN q.responded_at < now() THEN q.responded_at END,
       CASE WHEN q.responded_at < now() THEN '已受理' END,
       CASE WHEN q.resolved_at < now() THEN q.resolved_at END,
       CASE WHEN q.resolved_at < now() THEN q.resolved_at END,
       CASE WHEN q.resolved_at < now() THEN '已办结' END,
       CASE WHEN q.due_at < least(q.resolved_at, now()) THEN q.due_at END,
       CASE WHEN q.rk <> q.ok THEN 1 ELSE 0 END,
       CASE WHEN q.resolved_at + interval '1 day' < now() AND q.r_rate < 0.6 THEN
         CASE WHEN q.r_level < 0.45 THEN 'VERY_SATISFIED' WHEN q.r_level < 0.75 THEN 'SATISFIED'
              WHEN q.r_level < 0.90 THEN 'BASICALLY_SATISFIED' WHEN q.r_level < 0.97 THEN 'DISSATISFIED'
              ELSE 'VERY_DISSATISFIED' END END,
       CASE WHEN q.resolved_at + interval '1 day' < now() AND q.r_rate < 0.6 THEN q.resolved_at + interval '1 day' END,
       encode(sha256(convert_to('bench-matter-' || q.n, 'UTF8')), 'hex')
  FROM q`,
    },
    {
      label: 'matter timeline',
      sql: `
INSERT INTO matter_event (matter_id, at, kind, office_id, agency_id, target_office_id, target_agency_id, duty, note,
                          charged_working_days, satisfaction)
SELECT id, received_at, 'RECEIVED', receiver_office_id, receiver_agency_id, NULL::uuid, NULL::uuid, NULL, NULL, NULL::numeric, NULL
  FROM matter
UNION ALL
SELECT id, owner_since, 'TRANSFERRED', receiver_office_id, receiver_agency_id, owner_office_id, owner_agency_id,
       '职责清单所列事项', '不属本部门职责', round((extract(epoch FROM owner_since - received_at) / 86400)::numeric, 3), NULL
  FROM matter WHERE transfer_count > 0
UNION ALL
SELECT id, responded_at, 'RESPONDED', owner_office_id, owner_agency_id, NULL, NULL, NULL, response, NULL, NULL
  FROM matter WHERE responded_at IS NOT NULL
UNION ALL
SELECT id, overdue_at, 'OVERDUE', owner_office_id, owner_agency_id, NULL, NULL, NULL, NULL, NULL, NULL
  FROM matter WHERE overdue_at IS NOT NULL
UNION ALL
SELECT id, resolved_at, 'RESOLVED', owner_office_id, owner_agency_id, NULL, NULL, NULL, resolution, NULL, NULL
  FROM matter WHERE resolved_at IS NOT NULL
UNION ALL
SELECT id, rated_at, 'RATED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, satisfaction
  FROM matter WHERE rated_at IS NOT NULL`,
    },
  ];
}
