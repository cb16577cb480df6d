import { MigrationInterface, QueryRunner } from "typeorm";

export class OfficialStanding1796581972332 implements MigrationInterface {
    name = 'OfficialStanding1796581972332'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "official_standing" ("official_id" uuid NOT NULL, "latest_assessment_id" uuid NOT NULL, "outcome" character varying(20), CONSTRAINT "PK_714c4f9806f5ccbf99e130526df" PRIMARY KEY ("official_id"))`);
        await queryRunner.query(`ALTER TABLE "official_standing" ADD CONSTRAINT "FK_714c4f9806f5ccbf99e130526df" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "official_standing" ADD CONSTRAINT "FK_e5d09808fc7f7584ef2378579f9" FOREIGN KEY ("latest_assessment_id") REFERENCES "annual_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // The stored facts of docs/rules.md rule 11 for the assessments already there, as the service
        // writes them: the assessment of the newest year, whatever its status, and the outcome of the
        // run of equal grades ending with the latest finalised year (a gap year or a breach year,
        // grade NULL, breaks it): three EXCELLENT, three MEDIOCRE, two POOR.
        await queryRunner.query(`
            WITH graded AS (
                SELECT a.official_id, a.year,
                       CASE WHEN a.red_line_breached THEN NULL ELSE coalesce(a.override_grade, a.computed_grade) END AS grade,
                       row_number() OVER w AS rn, first_value(a.year) OVER w AS top_year,
                       first_value(CASE WHEN a.red_line_breached THEN NULL ELSE coalesce(a.override_grade, a.computed_grade) END) OVER w AS top_grade
                  FROM annual_assessment a
                 WHERE a.status = 'FINALIZED'
                WINDOW w AS (PARTITION BY a.official_id ORDER BY a.year DESC)),
            runs AS (
                SELECT official_id, min(top_grade) AS top_grade,
                       coalesce(min(rn) FILTER (WHERE grade IS DISTINCT FROM top_grade OR year <> top_year - rn + 1), count(*) + 1) - 1 AS run
                  FROM graded GROUP BY official_id),
            latest AS (
                SELECT DISTINCT ON (official_id) official_id, id FROM annual_assessment ORDER BY official_id, year DESC)
            INSERT INTO "official_standing" ("official_id", "latest_assessment_id", "outcome")
            SELECT l.official_id, l.id,
                   CASE WHEN r.top_grade = 'EXCELLENT' AND r.run >= 3 THEN 'PROMOTION_ELIGIBLE'
                        WHEN r.top_grade = 'MEDIOCRE' AND r.run >= 3 THEN 'REASSIGNMENT'
                        WHEN r.top_grade = 'POOR' AND r.run >= 2 THEN 'DISMISSAL' END
              FROM latest l LEFT JOIN runs r ON r.official_id = l.official_id`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "official_standing" DROP CONSTRAINT "FK_e5d09808fc7f7584ef2378579f9"`);
        await queryRunner.query(`ALTER TABLE "official_standing" DROP CONSTRAINT "FK_714c4f9806f5ccbf99e130526df"`);
        await queryRunner.query(`DROP TABLE "official_standing"`);
    }

}
