import {
  OPEN_MEETINGS,
  OPEN_MEETING_OFFICIALS,
  OPEN_MEETING_TITLE_PREFIX,
  REPS_PER_SUBDISTRICT,
} from '../lib/fixtures';
import { outcomeSql } from '../b2/rule-sql';
import type { SeedStep } from './structure';

/** The four third-party panels (docs/rules.md rule 10), equal weight by default. */
const PANELS = ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT'];
/** docs/rules.md rule 10's default parts and bands, which the seeded assessments follow. */
const POLICY = { meeting: 40, thirdParty: 40, selfReport: 20, excellent: 90, good: 75, mediocre: 60, minRatings: 3 };

/**
 * Steps adding, for every official and each of the five closed years, the four panels' scores and
 * a FINALIZED annual assessment computed as the server computes one (published meeting results
 * weighted by rating count, the panels' mean, the assessors' mark; missing parts left out and the
 * weights renormalised; default bands), finalised by the district's bench assessor on 31 January
 * of the next year; then the stored facts of rule 11 (official_standing) as the OfficialStanding
 * migration fills them: each official's assessment of the newest year and the outcome of the
 * finalised years (the SQL of rule 11 that B2's other servers run, bench/b2/rule-sql.ts).
 */
export function assessmentSteps(year: number): SeedStep[] {
  return [
    {
      label: 'third-party evaluations',
      sql: `INSERT INTO third_party_evaluation (id, official_id, year, panel, score)
            SELECT pg_temp.bid('panel:' || q.official_id || ':' || q.year || ':' || p), q.official_id, q.year, p,
                   round(LEAST(100, GREATEST(0, 55 + 45 * q.q + (pg_temp.r('panel:' || q.official_id || ':' || q.year || ':' || p, 0) - 0.5) * 8))::numeric, 1)::float8
              FROM bench_q q CROSS JOIN unnest(ARRAY['${PANELS.join("','")}']) AS p`,
    },
    {
      label: 'annual assessments',
      sql: `WITH meeting_part AS (
              SELECT r.official_id, m.year, sum(r.score * r.rating_count) / NULLIF(sum(r.rating_count), 0) AS score,
                     coalesce(sum(r.rating_count), 0)::int AS ratings, count(*)::int AS meetings
                FROM meeting_result r JOIN evaluation_meeting m ON m.id = r.meeting_id
               WHERE m.status = 'CLOSED' AND r.published AND r.rating_count >= ${POLICY.minRatings} AND r.score IS NOT NULL
               GROUP BY r.official_id, m.year),
            panel_part AS (SELECT official_id, year, avg(score) AS score FROM third_party_evaluation GROUP BY official_id, year),
            parts AS (
              SELECT q.official_id, q.year, mp.score AS meeting_score, coalesce(mp.ratings, 0) AS ratings, coalesce(mp.meetings, 0) AS meetings,
                     pp.score AS panel_score,
                     round(LEAST(100, GREATEST(0, 60 + 40 * q.q + (pg_temp.r('mark:' || q.official_id || ':' || q.year, 0) - 0.5) * 6))::numeric, 1)::float8 AS mark,
                     d.code AS district_code
                FROM bench_q q
                JOIN official o ON o.id = q.official_id JOIN subdistrict s ON s.id = o.subdistrict_id JOIN district d ON d.id = s.district_id
                LEFT JOIN meeting_part mp ON mp.official_id = q.official_id AND mp.year = q.year
                LEFT JOIN panel_part pp ON pp.official_id = q.official_id AND pp.year = q.year),
            scored AS (
              SELECT *, (coalesce(${POLICY.meeting} * meeting_score, 0) + ${POLICY.thirdParty} * panel_score + ${POLICY.selfReport} * mark)
                        / (CASE WHEN meeting_score IS NULL THEN 0 ELSE ${POLICY.meeting} END + ${POLICY.thirdParty + POLICY.selfReport}) AS score
                FROM parts)
            INSERT INTO annual_assessment (id, official_id, year, status, meeting_score, meeting_rating_count, meeting_count, third_party_score,
                                           self_report_mark, score, computed_grade, red_line_breached, finalized_at, finalized_by_id)
            SELECT pg_temp.bid('assessment:' || official_id || ':' || year), official_id, year, 'FINALIZED', meeting_score, ratings, meetings, panel_score,
                   mark, score,
                   CASE WHEN score >= ${POLICY.excellent} THEN 'EXCELLENT' WHEN score >= ${POLICY.good} THEN 'GOOD'
                        WHEN score >= ${POLICY.mediocre} THEN 'MEDIOCRE' ELSE 'POOR' END,
                   false, make_timestamptz(year + 1, 1, 31, 2, 0, 0, 'UTC'), pg_temp.bid('user:bench.assessor.' || district_code)
              FROM scored`,
    },
    {
      label: 'official standings',
      sql: `INSERT INTO official_standing (official_id, latest_assessment_id, outcome)
            SELECT l.official_id, l.id, x.outcome
              FROM (SELECT DISTINCT ON (official_id) official_id, id FROM annual_assessment ORDER BY official_id, year DESC) l
              LEFT JOIN (${outcomeSql('true')}) x ON x.official_id = l.official_id`,
    },
    ...openMeetingSteps(year),
  ];
}

/**
 * Steps adding the OPEN meetings of `year` for B3: in the first `OPEN_MEETINGS` 街道 by code, a
 * meeting in the first residents' committee with `OPEN_MEETING_OFFICIALS` officials (its
 * community workers, then the 街道's first civil servants) and every representative of the 街道.
 */
function openMeetingSteps(year: number): SeedStep[] {
  const chosen = `(SELECT * FROM bench_nb WHERE j = 0 ORDER BY sub_code LIMIT ${OPEN_MEETINGS}) AS nb`;
  const id = `pg_temp.bid('open-meeting:' || nb.nb_code || ':' || ${year})`;
  return [
    {
      label: 'open meetings',
      sql: `INSERT INTO evaluation_meeting (id, title, year, status, scheduled_at, opened_at, min_ratings, subdistrict_id, neighborhood_id, chair_id, template_id)
            SELECT ${id}, '${OPEN_MEETING_TITLE_PREFIX}·' || nb.nb_name, ${year}, 'OPEN', t, t, 3, nb.sub_id, nb.nb_id,
                   pg_temp.bid('user:bench.chair.' || nb.sub_code), pg_temp.bid('template:' || nb.district_code)
              FROM ${chosen} CROSS JOIN (SELECT make_timestamptz(${year}, 1, 15, 6, 0, 0, 'UTC') AS t) AS tt;
            INSERT INTO meeting_official (meeting_id, official_id)
            SELECT ${id}, x.official_id
              FROM ${chosen}
             CROSS JOIN LATERAL (
               SELECT o.id AS official_id FROM official o
                WHERE o.subdistrict_id = nb.sub_id AND (o.neighborhood_id = nb.nb_id OR o.category = 'CIVIL_SERVANT')
                ORDER BY coalesce(o.neighborhood_id = nb.nb_id, false) DESC, o.external_id LIMIT ${OPEN_MEETING_OFFICIALS}) AS x;
            INSERT INTO meeting_representative (meeting_id, user_id)
            SELECT ${id}, pg_temp.bid('user:bench.rep.' || nb.sub_code || '.' || lpad(k::text, 2, '0'))
              FROM ${chosen} CROSS JOIN generate_series(1, ${REPS_PER_SUBDISTRICT}) AS k`,
    },
  ];
}
