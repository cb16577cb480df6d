import { MigrationInterface, QueryRunner } from "typeorm";

export class ResultCriterionMeans1796570561917 implements MigrationInterface {
    name = 'ResultCriterionMeans1796570561917'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting_result" ADD "criterion_means" jsonb NOT NULL DEFAULT '[]'`);
        // Results frozen before: the means of their ballots, which closing kept, in the template's order.
        await queryRunner.query(`UPDATE "meeting_result" mr SET "criterion_means" = (
            SELECT coalesce(jsonb_agg(jsonb_build_object('key', x.c->>'key', 'mean', (
                     SELECT avg((r.scores->>(x.c->>'key'))::double precision) FROM "rating" r
                      WHERE r.meeting_id = mr.meeting_id AND r.official_id = mr.official_id)) ORDER BY x.ord), '[]'::jsonb)
              FROM "evaluation_meeting" m JOIN "rating_template" t ON t.id = m.template_id,
                   jsonb_array_elements(t.criteria) WITH ORDINALITY AS x(c, ord)
             WHERE m.id = mr.meeting_id)
          WHERE mr.rating_count > 0`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting_result" DROP COLUMN "criterion_means"`);
    }

}
