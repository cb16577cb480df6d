import { MigrationInterface, QueryRunner } from "typeorm";

export class AnnualAssessment1795970055449 implements MigrationInterface {
    name = 'AnnualAssessment1795970055449'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "assessment_policy" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "district_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "meeting_weight" smallint NOT NULL,
                "third_party_weight" smallint NOT NULL,
                "self_report_weight" smallint NOT NULL,
                "panel_weights" jsonb NOT NULL,
                "excellent_from" smallint NOT NULL,
                "good_from" smallint NOT NULL,
                "mediocre_from" smallint NOT NULL,
                "min_ratings" smallint NOT NULL,
                CONSTRAINT "PK_f2b69f0945e655725bd55a2cf2a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "assessment_policy_key" ON "assessment_policy" ("district_id", "year")
        `);
        await queryRunner.query(`
            CREATE TABLE "third_party_evaluation" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "official_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "panel" character varying(16) NOT NULL,
                "score" double precision NOT NULL,
                CONSTRAINT "PK_9c0c8d3316d6765f9bc398e07f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "third_party_evaluation_key" ON "third_party_evaluation" ("official_id", "year", "panel")
        `);
        await queryRunner.query(`
            CREATE TABLE "annual_assessment" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "official_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "status" character varying(12) NOT NULL,
                "meeting_score" double precision,
                "meeting_rating_count" integer NOT NULL DEFAULT '0',
                "meeting_count" integer NOT NULL DEFAULT '0',
                "third_party_score" double precision,
                "self_report_mark" double precision,
                "score" double precision,
                "computed_grade" character varying(12),
                "override_grade" character varying(12),
                "override_reason" text,
                "red_line_breached" boolean NOT NULL DEFAULT false,
                "finalized_at" TIMESTAMP WITH TIME ZONE,
                "finalized_by_id" uuid,
                CONSTRAINT "PK_677c42609abd410e23b1ead250b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "annual_assessment_key" ON "annual_assessment" ("official_id", "year")
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_policy"
            ADD CONSTRAINT "FK_12cc5d3de4aa0a7d9e0a79f87b4" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "third_party_evaluation"
            ADD CONSTRAINT "FK_08950a9f80a421c5a6e5be319f1" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "annual_assessment"
            ADD CONSTRAINT "FK_f13a3d393271e0ae7d495d7797c" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "annual_assessment" DROP CONSTRAINT "FK_f13a3d393271e0ae7d495d7797c"
        `);
        await queryRunner.query(`
            ALTER TABLE "third_party_evaluation" DROP CONSTRAINT "FK_08950a9f80a421c5a6e5be319f1"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_policy" DROP CONSTRAINT "FK_12cc5d3de4aa0a7d9e0a79f87b4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."annual_assessment_key"
        `);
        await queryRunner.query(`
            DROP TABLE "annual_assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."third_party_evaluation_key"
        `);
        await queryRunner.query(`
            DROP TABLE "third_party_evaluation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."assessment_policy_key"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_policy"
        `);
    }

}
