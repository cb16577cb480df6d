import { MigrationInterface, QueryRunner } from "typeorm";

export class ResidentSurveys1796559064212 implements MigrationInterface {
    name = 'ResidentSurveys1796559064212'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "resident_survey" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "neighborhood_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'DRAFT', "minimum_answers" smallint NOT NULL DEFAULT '10', "questions" jsonb NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "resident_survey_minimum" CHECK ("minimum_answers" >= 5), CONSTRAINT "PK_e2be1704e03d9b595220e030a54" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3602387080e8506c72b4a6fc21" ON "resident_survey"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "resident_survey_period_key" ON "resident_survey"  ("neighborhood_id", "period") `);
        await queryRunner.query(`CREATE TABLE "survey_answer" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "survey_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "scores" jsonb NOT NULL, CONSTRAINT "PK_5a2a931b95ad2a866f8bc039db9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ca5d0e0e096f8874883140eac9" ON "survey_answer"  ("survey_id") `);
        await queryRunner.query(`CREATE TABLE "survey_code" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "survey_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "issued_by_id" uuid, "used" boolean NOT NULL DEFAULT false, "voided" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2d1a91d0197d3bfb5aece56a6df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a9638a82d007beab14b5096c94" ON "survey_code"  ("survey_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "survey_code_hash_key" ON "survey_code"  ("code_hash") `);
        await queryRunner.query(`ALTER TABLE "resident_survey" ADD CONSTRAINT "FK_caddb7f6817c107e0443cb4d2e2" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resident_survey" ADD CONSTRAINT "FK_3602387080e8506c72b4a6fc21f" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_answer" ADD CONSTRAINT "FK_ca5d0e0e096f8874883140eac9c" FOREIGN KEY ("survey_id") REFERENCES "resident_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_code" ADD CONSTRAINT "FK_a9638a82d007beab14b5096c943" FOREIGN KEY ("survey_id") REFERENCES "resident_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_code" ADD CONSTRAINT "FK_2bba536ffb8cc0ce984fec843b3" FOREIGN KEY ("issued_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "survey_code" DROP CONSTRAINT "FK_2bba536ffb8cc0ce984fec843b3"`);
        await queryRunner.query(`ALTER TABLE "survey_code" DROP CONSTRAINT "FK_a9638a82d007beab14b5096c943"`);
        await queryRunner.query(`ALTER TABLE "survey_answer" DROP CONSTRAINT "FK_ca5d0e0e096f8874883140eac9c"`);
        await queryRunner.query(`ALTER TABLE "resident_survey" DROP CONSTRAINT "FK_3602387080e8506c72b4a6fc21f"`);
        await queryRunner.query(`ALTER TABLE "resident_survey" DROP CONSTRAINT "FK_caddb7f6817c107e0443cb4d2e2"`);
        await queryRunner.query(`DROP INDEX "public"."survey_code_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a9638a82d007beab14b5096c94"`);
        await queryRunner.query(`DROP TABLE "survey_code"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ca5d0e0e096f8874883140eac9"`);
        await queryRunner.query(`DROP TABLE "survey_answer"`);
        await queryRunner.query(`DROP INDEX "public"."resident_survey_period_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3602387080e8506c72b4a6fc21"`);
        await queryRunner.query(`DROP TABLE "resident_survey"`);
    }

}
