import { MigrationInterface, QueryRunner } from "typeorm";

export class AppointmentsAccountability1795970492905 implements MigrationInterface {
    name = 'AppointmentsAccountability1795970492905'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "head_appointment" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "agency_id" uuid NOT NULL,
                "official_id" uuid NOT NULL,
                "subdistrict_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "reason" character varying(1000),
                "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "proposed_by_id" uuid,
                "decided_by_id" uuid,
                "starts_on" date,
                "ends_on" date,
                CONSTRAINT "PK_a001bbac78d6d8f395b8bb2c776" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8a259c485614a6638d0e610a1e" ON "head_appointment" ("official_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bb157fe3704e1302c66dac8303" ON "head_appointment" ("subdistrict_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "head_appointment_current_key" ON "head_appointment" ("agency_id")
            WHERE "status" = 'CONSENTED'
                AND "ends_on" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "head_appointment_pending_key" ON "head_appointment" ("agency_id")
            WHERE "status" = 'PROPOSED'
        `);
        await queryRunner.query(`
            CREATE TABLE "accountability_case" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "official_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "responsibility_item_id" uuid,
                "handled_by" character varying(32) NOT NULL,
                "status" character varying(16) NOT NULL,
                "summary" character varying(2000) NOT NULL,
                "conclusion" character varying(4000),
                "breach_confirmed" boolean,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "concluded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_522e7860a32164918c0eda11583" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_04d3c72f206befeee72f294258" ON "accountability_case" ("responsibility_item_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "accountability_case_official_year_idx" ON "accountability_case" ("official_id", "year")
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment"
            ADD CONSTRAINT "FK_67da1701b1678a55722655747f8" FOREIGN KEY ("agency_id") REFERENCES "dispatched_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment"
            ADD CONSTRAINT "FK_8a259c485614a6638d0e610a1e6" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment"
            ADD CONSTRAINT "FK_bb157fe3704e1302c66dac83039" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment"
            ADD CONSTRAINT "FK_7019c70c0e21e27666f14a009fb" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment"
            ADD CONSTRAINT "FK_09585dc5ab44d8df722e38c562d" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "accountability_case"
            ADD CONSTRAINT "FK_5798b02d6afcca74cd31f11dfd6" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "accountability_case"
            ADD CONSTRAINT "FK_04d3c72f206befeee72f294258d" FOREIGN KEY ("responsibility_item_id") REFERENCES "responsibility_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "accountability_case" DROP CONSTRAINT "FK_04d3c72f206befeee72f294258d"
        `);
        await queryRunner.query(`
            ALTER TABLE "accountability_case" DROP CONSTRAINT "FK_5798b02d6afcca74cd31f11dfd6"
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment" DROP CONSTRAINT "FK_09585dc5ab44d8df722e38c562d"
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment" DROP CONSTRAINT "FK_7019c70c0e21e27666f14a009fb"
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment" DROP CONSTRAINT "FK_bb157fe3704e1302c66dac83039"
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment" DROP CONSTRAINT "FK_8a259c485614a6638d0e610a1e6"
        `);
        await queryRunner.query(`
            ALTER TABLE "head_appointment" DROP CONSTRAINT "FK_67da1701b1678a55722655747f8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."accountability_case_official_year_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_04d3c72f206befeee72f294258"
        `);
        await queryRunner.query(`
            DROP TABLE "accountability_case"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."head_appointment_pending_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."head_appointment_current_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bb157fe3704e1302c66dac8303"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8a259c485614a6638d0e610a1e"
        `);
        await queryRunner.query(`
            DROP TABLE "head_appointment"
        `);
    }

}
