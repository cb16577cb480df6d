import { MigrationInterface, QueryRunner } from "typeorm";

export class ResponsibilityLists1795968952987 implements MigrationInterface {
    name = 'ResponsibilityLists1795968952987'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "responsibility_item" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "official_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "kind" character varying(16) NOT NULL,
                "content" character varying(500) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_e4b395036bf9edbfdf470c736f0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "responsibility_item_list_idx" ON "responsibility_item" ("official_id", "year", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "self_report" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "official_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "summary" text NOT NULL,
                CONSTRAINT "PK_7395af4de0e33d3fd82d7a2d883" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "self_report_official_year_key" ON "self_report" ("official_id", "year")
        `);
        await queryRunner.query(`
            CREATE TABLE "self_report_answer" (
                "report_id" uuid NOT NULL,
                "item_id" uuid NOT NULL,
                "fulfilled" boolean NOT NULL,
                "note" character varying(1000) NOT NULL,
                CONSTRAINT "PK_117da5dfaf4770cff8d480d07e0" PRIMARY KEY ("report_id", "item_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c81795988dc15fd6bdb9c90b2e" ON "self_report_answer" ("item_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "inquiry" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "meeting_id" uuid NOT NULL,
                "official_id" uuid NOT NULL,
                "asked_by" character varying(100) NOT NULL,
                "basis" character varying(16) NOT NULL,
                "question" character varying(2000) NOT NULL,
                "answer" character varying(2000),
                CONSTRAINT "PK_3e226d0994e8bd24252dd65e1b6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_339fd30ad7759de466b13902c8" ON "inquiry" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1aca3d1f75686d16b57fa7395d" ON "inquiry" ("official_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "responsibility_item"
            ADD CONSTRAINT "FK_6c808c40a495b22acbb49588c2f" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_report"
            ADD CONSTRAINT "FK_30942c4e9ce8063cd8b857b5d1c" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_report_answer"
            ADD CONSTRAINT "FK_22d7556d4f3662c13b81f5ca40f" FOREIGN KEY ("report_id") REFERENCES "self_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_report_answer"
            ADD CONSTRAINT "FK_c81795988dc15fd6bdb9c90b2e9" FOREIGN KEY ("item_id") REFERENCES "responsibility_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "inquiry"
            ADD CONSTRAINT "FK_339fd30ad7759de466b13902c86" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "inquiry"
            ADD CONSTRAINT "FK_1aca3d1f75686d16b57fa7395d0" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "inquiry" DROP CONSTRAINT "FK_1aca3d1f75686d16b57fa7395d0"
        `);
        await queryRunner.query(`
            ALTER TABLE "inquiry" DROP CONSTRAINT "FK_339fd30ad7759de466b13902c86"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_report_answer" DROP CONSTRAINT "FK_c81795988dc15fd6bdb9c90b2e9"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_report_answer" DROP CONSTRAINT "FK_22d7556d4f3662c13b81f5ca40f"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_report" DROP CONSTRAINT "FK_30942c4e9ce8063cd8b857b5d1c"
        `);
        await queryRunner.query(`
            ALTER TABLE "responsibility_item" DROP CONSTRAINT "FK_6c808c40a495b22acbb49588c2f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1aca3d1f75686d16b57fa7395d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_339fd30ad7759de466b13902c8"
        `);
        await queryRunner.query(`
            DROP TABLE "inquiry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c81795988dc15fd6bdb9c90b2e"
        `);
        await queryRunner.query(`
            DROP TABLE "self_report_answer"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."self_report_official_year_key"
        `);
        await queryRunner.query(`
            DROP TABLE "self_report"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."responsibility_item_list_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "responsibility_item"
        `);
    }

}
