import { GRADE_SQL, OUTCOME_COUNTS_SQL, OVERVIEW_LINES_SQL, OVERVIEW_TOTALS_SQL, outcomeSql } from './rule-sql';

/** One hand-written statement of the raw server: its SQL (one row, column `body`: the response text) and how request variables become parameters. */
export interface RawStatement {
  sql: string;
  params(variables: Record<string, unknown>): unknown[];
}

/** The raw server's statements, each answering `{"data": …}` in Pingyi's shape in one round trip. */
export const RAW_STATEMENTS: Record<string, RawStatement> = {
  q1: {
    params: (v) => [v.subdistrictId],
    sql: `SELECT json_build_object('data', json_build_object('subdistrict', (
  SELECT json_build_object('id', s.id, 'code', s.code, 'name', s.name,
    'offices', coalesce((SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'kind', f.kind) ORDER BY f.kind, f.id)
                           FROM office f WHERE f.subdistrict_id = s.id), '[]'::json),
    'agencies', coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'kind', a.kind,
        'head', (SELECT json_build_object('id', o.id, 'name', o.name, 'title', o.title)
                   FROM head_appointment h JOIN official o ON o.id = h.official_id
                  WHERE h.agency_id = a.id AND h.status = 'CONSENTED' AND h.ends_on IS NULL ORDER BY h.starts_on, h.id LIMIT 1)
      ) ORDER BY a.name, a.id) FROM dispatched_agency a WHERE a.subdistrict_id = s.id), '[]'::json))
  FROM subdistrict s WHERE s.id = $1)))::text AS body`,
  },
  q2: {
    params: (v) => [v.meetingId],
    sql: `SELECT json_build_object('data', json_build_object('evaluationMeeting', (
  SELECT json_build_object('id', m.id, 'title', m.title, 'year', m.year, 'status', m.status,
    'results', CASE WHEN m.status = 'CLOSED' THEN coalesce((SELECT json_agg(json_build_object(
        'official', json_build_object('id', o.id, 'name', o.name, 'title', o.title), 'ratingCount', r.rating_count,
        'rate', CASE WHEN r.published THEN r.satisfaction_rate END,
        'weightedScore', CASE WHEN r.published THEN r.score END,
        'satisfactionDistribution', CASE WHEN r.published THEN (SELECT json_agg(json_build_object('level', l, 'count', coalesce((r.distribution ->> l)::int, 0)) ORDER BY ord)
            FROM unnest(ARRAY['VERY_SATISFIED','SATISFIED','BASICALLY_SATISFIED','DISSATISFIED','VERY_DISSATISFIED']) WITH ORDINALITY AS x(l, ord)) END
      ) ORDER BY r.official_id) FROM meeting_result r JOIN official o ON o.id = r.official_id WHERE r.meeting_id = m.id), '[]'::json) ELSE '[]'::json END)
  FROM evaluation_meeting m WHERE m.id = $1)))::text AS body`,
  },
  q3: {
    params: (v) => [v.districtId, v.year],
    sql: `SELECT json_build_object('data', json_build_object('assessmentOverview', json_build_object(
  'year', $2::int, 'finalizedCount', t.finalized_count, 'draftCount', t.draft_count, 'grades', t.grades,
  'subdistricts', coalesce((SELECT json_agg(json_build_object('subdistrict', json_build_object('id', l.subdistrict_id, 'name', l.name),
      'finalizedCount', l.finalized_count, 'grades', l.grades)) FROM (${OVERVIEW_LINES_SQL}) l), '[]'::json),
  'outcomes', (SELECT json_agg(json_build_object('outcome', c.outcome, 'count', c.count)) FROM (${OUTCOME_COUNTS_SQL}) c)
)))::text AS body FROM (${OVERVIEW_TOTALS_SQL}) t`,
  },
  q4: {
    params: (v) => [v.districtId, v.first ?? 20],
    sql: `WITH matching AS (
  SELECT o.* FROM official o WHERE o.subdistrict_id IN (SELECT s.id FROM subdistrict s WHERE s.district_id = $1)
), page AS (
  SELECT * FROM matching ORDER BY pinyin_key, id LIMIT $2
), outcomes AS (
  ${outcomeSql('a.official_id IN (SELECT id FROM page)')}
)
SELECT json_build_object('data', json_build_object('officials', json_build_object(
  'totalCount', (SELECT count(*) FROM matching),
  'nodes', coalesce((SELECT json_agg(json_build_object(
      'id', p.id, 'name', p.name, 'category', p.category, 'title', p.title,
      'office', (SELECT json_build_object('id', f.id, 'name', f.name) FROM office f WHERE f.id = p.office_id),
      'agency', (SELECT json_build_object('id', g.id, 'name', g.name) FROM dispatched_agency g WHERE g.id = p.agency_id),
      'latestAssessment', (SELECT json_build_object('year', a.year, 'status', a.status, 'score', a.score, 'grade', ${GRADE_SQL})
                             FROM annual_assessment a WHERE a.official_id = p.id ORDER BY a.year DESC LIMIT 1),
      'outcome', x.outcome
    ) ORDER BY p.pinyin_key, p.id) FROM page p LEFT JOIN outcomes x ON x.official_id = p.id), '[]'::json)
)))::text AS body`,
  },
};
