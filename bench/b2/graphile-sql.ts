import { Client } from 'pg';
import { GRADE_SQL, OUTCOME_COUNTS_SQL, OVERVIEW_LINES_SQL, OVERVIEW_TOTALS_SQL, outcomeSql } from './rule-sql';

/**
 * PostGraphile's API schema for B2, the usual PostGraphile layout: one view per table it reads
 * (plain `SELECT *`, which PostgreSQL inlines), keys and relations declared by smart comments, and
 * SQL functions beside them for what Pingyi computes (agency head, published results, effective
 * grade, latest assessment, rule 11, a district's officials, the assessment overview) —
 * PostGraphile 4 takes computed columns only from the schema of their table. It exists only in
 * the bench database and only while B2 runs; Pingyi's migrations never see it.
 */
export const GRAPHILE_SCHEMA = 'b2_graphile';

const S = GRAPHILE_SCHEMA;

/** View name → smart comment (primary key and foreign keys, in the view schema). */
const VIEWS: Record<string, string> = {
  subdistrict: '@primaryKey id',
  office: `@primaryKey id\n@foreignKey (subdistrict_id) references ${S}.subdistrict (id)`,
  dispatched_agency: `@primaryKey id\n@foreignKey (subdistrict_id) references ${S}.subdistrict (id)`,
  official: `@primaryKey id\n@foreignKey (office_id) references ${S}.office (id)\n@foreignKey (agency_id) references ${S}.dispatched_agency (id)`,
  evaluation_meeting: '@primaryKey id',
  meeting_result: `@primaryKey meeting_id,official_id\n@foreignKey (meeting_id) references ${S}.evaluation_meeting (id)\n@foreignKey (official_id) references ${S}.official (id)`,
  annual_assessment: '@primaryKey id',
};

/** The statements that (re)create the schema. */
const STATEMENTS = [
  `DROP SCHEMA IF EXISTS ${S} CASCADE`,
  `CREATE SCHEMA ${S}`,
  ...Object.entries(VIEWS).flatMap(([name, comment]) => [
    `CREATE VIEW ${S}.${name} AS SELECT * FROM public.${name}`,
    `COMMENT ON VIEW ${S}.${name} IS E'${comment}'`,
  ]),
  // DispatchedAgency.head (docs/rules.md rule 2): the official of the consented appointment whose term lasts.
  `CREATE FUNCTION ${S}.dispatched_agency_head(a ${S}.dispatched_agency) RETURNS ${S}.official LANGUAGE sql STABLE AS $$
     SELECT o.* FROM public.head_appointment h JOIN ${S}.official o ON o.id = h.official_id
      WHERE h.agency_id = a.id AND h.status = 'CONSENTED' AND h.ends_on IS NULL ORDER BY h.starts_on, h.id LIMIT 1 $$`,
  // MeetingResult's published figures (docs/rules.md rule 7): null below the minimum count.
  `CREATE FUNCTION ${S}.meeting_result_rate(r ${S}.meeting_result) RETURNS double precision LANGUAGE sql STABLE AS $$
     SELECT CASE WHEN r.published THEN r.satisfaction_rate END $$`,
  `CREATE FUNCTION ${S}.meeting_result_weighted_score(r ${S}.meeting_result) RETURNS double precision LANGUAGE sql STABLE AS $$
     SELECT CASE WHEN r.published THEN r.score END $$`,
  `CREATE FUNCTION ${S}.meeting_result_satisfaction_distribution(r ${S}.meeting_result) RETURNS json LANGUAGE sql STABLE AS $$
     SELECT CASE WHEN r.published THEN (SELECT json_agg(json_build_object('level', l, 'count', coalesce((r.distribution ->> l)::int, 0)) ORDER BY ord)
       FROM unnest(ARRAY['VERY_SATISFIED','SATISFIED','BASICALLY_SATISFIED','DISSATISFIED','VERY_DISSATISFIED']) WITH ORDINALITY AS x(l, ord)) END $$`,
  // AnnualAssessment.grade, Official.latestAssessment and Official.outcome (docs/rules.md rules 10 and 11).
  `CREATE FUNCTION ${S}.annual_assessment_grade(a ${S}.annual_assessment) RETURNS text LANGUAGE sql STABLE AS $$ SELECT ${GRADE_SQL} $$`,
  `CREATE FUNCTION ${S}.official_latest_assessment(o ${S}.official) RETURNS ${S}.annual_assessment LANGUAGE sql STABLE AS $$
     SELECT a.* FROM ${S}.annual_assessment a WHERE a.official_id = o.id ORDER BY a.year DESC LIMIT 1 $$`,
  `CREATE FUNCTION ${S}.official_outcome(o ${S}.official) RETURNS text LANGUAGE sql STABLE AS $$
     SELECT outcome FROM (${outcomeSql('a.official_id = o.id')}) x $$`,
  // Query.districtOfficials: a district's officials by the pinyin key, as Pingyi lists them (rule 15) (PostGraphile's conditions see only the table's own columns).
  `CREATE FUNCTION ${S}.district_officials(district_id uuid) RETURNS SETOF ${S}.official LANGUAGE sql STABLE AS $$
     SELECT o.* FROM ${S}.official o WHERE o.subdistrict_id IN (SELECT s.id FROM public.subdistrict s WHERE s.district_id = $1) ORDER BY o.pinyin_key, o.id $$`,
  // The assessment overview: grade counts need GROUP BY, which PostGraphile 4 does not express without plugins.
  `CREATE FUNCTION ${S}.assessment_overview_lines(district_id uuid, year int)
     RETURNS TABLE (subdistrict_id uuid, name text, finalized_count int, draft_count int, grades json) LANGUAGE sql STABLE AS $$ ${OVERVIEW_LINES_SQL} $$`,
  `CREATE FUNCTION ${S}.assessment_overview_totals(district_id uuid, year int)
     RETURNS TABLE (finalized_count int, draft_count int, grades json) LANGUAGE sql STABLE AS $$ ${OVERVIEW_TOTALS_SQL} $$`,
  `CREATE FUNCTION ${S}.assessment_overview_outcomes(district_id uuid)
     RETURNS TABLE (outcome text, count int) LANGUAGE sql STABLE AS $$ ${OUTCOME_COUNTS_SQL} $$`,
];

/** Runs statements in order on one connection to the database at `url`. */
async function runAll(url: string, statements: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates (or re-creates) the helper schema in the database at `url`. */
export function createGraphileSchema(url: string): Promise<void> {
  return runAll(url, STATEMENTS);
}

/** Drops the helper schema again. */
export function dropGraphileSchema(url: string): Promise<void> {
  return runAll(url, [`DROP SCHEMA IF EXISTS ${S} CASCADE`]);
}
