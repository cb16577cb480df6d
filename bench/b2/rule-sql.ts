/**
 * the computed rules written as SQL, for the two servers B2 sets beside Pingyi (PostGraphile's
 * helper functions and the raw server's statements). Pingyi computes the same in TypeScript; the
 * answers are compared before timing.
 */

/** The grade that counts for an `annual_assessment` row aliased `a`: override, else computed; NULL in a breach year. */
export const GRADE_SQL = `CASE WHEN a.red_line_breached THEN NULL ELSE coalesce(a.override_grade, a.computed_grade) END`;

/** Grades in the order Pingyi lists their counts (NULL, a breach year, last). */
export const GRADE_ORDER_SQL = `array_position(ARRAY['EXCELLENT','GOOD','MEDIOCRE','POOR']::text[], grade::text)`;

/**
 * SQL returning `(official_id, outcome)` (docs/rules.md rule 11) for the officials whose finalised
 * assessments `a` match `where` (a condition on `a`): the run of equal grades ending with the
 * latest finalised year, broken by a gap year or a breach year; outcome NULL when no rule applies.
 */
export function outcomeSql(where: string): string {
  return `SELECT official_id,
       CASE WHEN top_grade = 'EXCELLENT' AND run >= 3 THEN 'PROMOTION_ELIGIBLE'
            WHEN top_grade = 'MEDIOCRE' AND run >= 3 THEN 'REASSIGNMENT'
            WHEN top_grade = 'POOR' AND run >= 2 THEN 'DISMISSAL' END AS outcome
  FROM (SELECT official_id, min(top_grade) AS top_grade,
               coalesce(min(rn) FILTER (WHERE grade IS DISTINCT FROM top_grade OR year <> top_year - rn + 1), count(*) + 1) - 1 AS run
          FROM (SELECT a.official_id, a.year, ${GRADE_SQL} AS grade,
                       row_number() OVER w AS rn, first_value(a.year) OVER w AS top_year, first_value(${GRADE_SQL}) OVER w AS top_grade
                  FROM annual_assessment a
                 WHERE a.status = 'FINALIZED' AND (${where})
                WINDOW w AS (PARTITION BY a.official_id ORDER BY a.year DESC)) ranked
         GROUP BY official_id) runs`;
}

/** The officials of district `$districtParam` as a condition on `a.official_id`. */
export function inDistrictSql(districtParam: string): string {
  return `a.official_id IN (SELECT o.id FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.district_id = ${districtParam})`;
}

/**
 * SQL of one row per 街道 of district `$1` with an assessment in year `$2`, by code:
 * `(subdistrict_id, name, finalized_count, draft_count, grades)`, grades a JSON array of
 * `{grade, count}` over the finalised ones in Pingyi's order, zero counts left out.
 */
export const OVERVIEW_LINES_SQL = `
  SELECT sub_id AS subdistrict_id, sub_name AS name,
         coalesce(sum(n) FILTER (WHERE status = 'FINALIZED'), 0)::int AS finalized_count,
         coalesce(sum(n) FILTER (WHERE status <> 'FINALIZED'), 0)::int AS draft_count,
         coalesce(json_agg(json_build_object('grade', grade, 'count', n) ORDER BY ${GRADE_ORDER_SQL} NULLS LAST) FILTER (WHERE status = 'FINALIZED'), '[]'::json) AS grades
    FROM (SELECT s.id AS sub_id, s.name AS sub_name, s.code AS sub_code, a.status, ${GRADE_SQL} AS grade, count(*)::int AS n
            FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
           WHERE s.district_id = $1 AND a.year = $2
           GROUP BY 1, 2, 3, 4, 5) g
   GROUP BY sub_id, sub_name, sub_code
   ORDER BY sub_code`;

/**
 * SQL of the district totals over `lines` (rows of OVERVIEW_LINES_SQL's shape before the JSON
 * step): one row `(finalized_count, draft_count, grades)`.
 */
export const OVERVIEW_TOTALS_SQL = `
  SELECT coalesce(sum(n) FILTER (WHERE status = 'FINALIZED'), 0)::int AS finalized_count,
         coalesce(sum(n) FILTER (WHERE status <> 'FINALIZED'), 0)::int AS draft_count,
         coalesce(json_agg(json_build_object('grade', grade, 'count', n) ORDER BY ${GRADE_ORDER_SQL} NULLS LAST) FILTER (WHERE status = 'FINALIZED'), '[]'::json) AS grades
    FROM (SELECT a.status, ${GRADE_SQL} AS grade, count(*)::int AS n
            FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
           WHERE s.district_id = $1 AND a.year = $2
           GROUP BY 1, 2) g`;

/** SQL of the three outcomes of district `$1` with their counts, zero included, in Pingyi's order: `(outcome, count)`. */
export const OUTCOME_COUNTS_SQL = `
  SELECT k.outcome, count(x.official_id)::int AS count
    FROM unnest(ARRAY['PROMOTION_ELIGIBLE','REASSIGNMENT','DISMISSAL']::text[]) WITH ORDINALITY AS k(outcome, ord)
    LEFT JOIN (${outcomeSql(inDistrictSql('$1'))}) x ON x.outcome = k.outcome
   GROUP BY k.outcome, k.ord ORDER BY k.ord`;
