import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795964430521 implements MigrationInterface {
    name = 'Initial1795964430521'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "district" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(6) NOT NULL,
                "name" character varying(100) NOT NULL,
                CONSTRAINT "PK_ee5cb6fd5223164bb87ea693f1e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "district_code_key" ON "district" ("code")
        `);
        await queryRunner.query(`
            CREATE TABLE "subdistrict" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(9) NOT NULL,
                "name" character varying(100) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "district_id" uuid NOT NULL,
                CONSTRAINT "PK_da41c18667c64ebc71ca9a65bfb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "subdistrict_code_key" ON "subdistrict" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8e6aba814e594affe8a099e4b6" ON "subdistrict" ("district_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "neighborhood" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(12) NOT NULL,
                "name" character varying(100) NOT NULL,
                "kind" character varying(24) NOT NULL,
                "subdistrict_id" uuid NOT NULL,
                CONSTRAINT "PK_97797961be30242a5170d17caec" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "neighborhood_code_key" ON "neighborhood" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1eadbfe386743ac79b907649ec" ON "neighborhood" ("subdistrict_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "office" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "kind" character varying(32) NOT NULL,
                "duties" text array NOT NULL DEFAULT '{}',
                "subdistrict_id" uuid NOT NULL,
                CONSTRAINT "PK_200185316ba169fda17e3b6ba00" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "office_name_key" ON "office" ("subdistrict_id", "name")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "office_standard_kind_key" ON "office" ("subdistrict_id", "kind")
            WHERE "kind" <> 'SELF_DESIGNATED'
        `);
        await queryRunner.query(`
            CREATE TABLE "department" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "district_id" uuid NOT NULL,
                CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "department_name_key" ON "department" ("district_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "dispatched_agency" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "kind" character varying(32) NOT NULL,
                "department_id" uuid NOT NULL,
                "subdistrict_id" uuid NOT NULL,
                CONSTRAINT "PK_c17f4ba2473c2ac95aaf8e06861" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2bc043f47f5fb6ecd92c2e4e27" ON "dispatched_agency" ("department_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "dispatched_agency_name_key" ON "dispatched_agency" ("subdistrict_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "official" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "category" character varying(32) NOT NULL,
                "title" character varying(100) NOT NULL DEFAULT '',
                "office_id" uuid,
                "agency_id" uuid,
                "neighborhood_id" uuid,
                "subdistrict_id" uuid NOT NULL,
                "external_id" character varying(100),
                CONSTRAINT "official_unit_check" CHECK (num_nonnulls("office_id", "agency_id") = 1),
                CONSTRAINT "PK_3e150a20ca3578b094161b2d037" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1d0af278ebee557cfdc7258857" ON "official" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0e70038261b4ce53930be45336" ON "official" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_87e97dc30392ee7b58a69956a8" ON "official" ("subdistrict_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "official_external_id_key" ON "official" ("external_id")
            WHERE "external_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "subdistrict"
            ADD CONSTRAINT "FK_8e6aba814e594affe8a099e4b69" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "neighborhood"
            ADD CONSTRAINT "FK_1eadbfe386743ac79b907649ecf" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "office"
            ADD CONSTRAINT "FK_2ef5340d95a6a2bd7ab1999804a" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "department"
            ADD CONSTRAINT "FK_03f1993177a56bf81b3fc9f9523" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dispatched_agency"
            ADD CONSTRAINT "FK_2bc043f47f5fb6ecd92c2e4e27d" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dispatched_agency"
            ADD CONSTRAINT "FK_a641480345d953210755ca92953" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "official"
            ADD CONSTRAINT "FK_1d0af278ebee557cfdc72588573" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "official"
            ADD CONSTRAINT "FK_0e70038261b4ce53930be453367" FOREIGN KEY ("agency_id") REFERENCES "dispatched_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "official"
            ADD CONSTRAINT "FK_9190526c20c5b663769bda3a254" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "official"
            ADD CONSTRAINT "FK_87e97dc30392ee7b58a69956a8d" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "official" DROP CONSTRAINT "FK_87e97dc30392ee7b58a69956a8d"
        `);
        await queryRunner.query(`
            ALTER TABLE "official" DROP CONSTRAINT "FK_9190526c20c5b663769bda3a254"
        `);
        await queryRunner.query(`
            ALTER TABLE "official" DROP CONSTRAINT "FK_0e70038261b4ce53930be453367"
        `);
        await queryRunner.query(`
            ALTER TABLE "official" DROP CONSTRAINT "FK_1d0af278ebee557cfdc72588573"
        `);
        await queryRunner.query(`
            ALTER TABLE "dispatched_agency" DROP CONSTRAINT "FK_a641480345d953210755ca92953"
        `);
        await queryRunner.query(`
            ALTER TABLE "dispatched_agency" DROP CONSTRAINT "FK_2bc043f47f5fb6ecd92c2e4e27d"
        `);
        await queryRunner.query(`
            ALTER TABLE "department" DROP CONSTRAINT "FK_03f1993177a56bf81b3fc9f9523"
        `);
        await queryRunner.query(`
            ALTER TABLE "office" DROP CONSTRAINT "FK_2ef5340d95a6a2bd7ab1999804a"
        `);
        await queryRunner.query(`
            ALTER TABLE "neighborhood" DROP CONSTRAINT "FK_1eadbfe386743ac79b907649ecf"
        `);
        await queryRunner.query(`
            ALTER TABLE "subdistrict" DROP CONSTRAINT "FK_8e6aba814e594affe8a099e4b69"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."official_external_id_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_87e97dc30392ee7b58a69956a8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0e70038261b4ce53930be45336"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1d0af278ebee557cfdc7258857"
        `);
        await queryRunner.query(`
            DROP TABLE "official"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."dispatched_agency_name_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2bc043f47f5fb6ecd92c2e4e27"
        `);
        await queryRunner.query(`
            DROP TABLE "dispatched_agency"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."department_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "department"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."office_standard_kind_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."office_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "office"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1eadbfe386743ac79b907649ec"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."neighborhood_code_key"
        `);
        await queryRunner.query(`
            DROP TABLE "neighborhood"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8e6aba814e594affe8a099e4b6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."subdistrict_code_key"
        `);
        await queryRunner.query(`
            DROP TABLE "subdistrict"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."district_code_key"
        `);
        await queryRunner.query(`
            DROP TABLE "district"
        `);
    }

}
