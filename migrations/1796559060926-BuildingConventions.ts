import { MigrationInterface, QueryRunner } from "typeorm";

export class BuildingConventions1796559060926 implements MigrationInterface {
    name = 'BuildingConventions1796559060926'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "building" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "neighborhood_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "households" integer NOT NULL, CONSTRAINT "building_households_check" CHECK ("households" BETWEEN 1 AND 10000), CONSTRAINT "PK_bbfaf6c11f141a22d2ab105ee5f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8ea5e77720dec80881016ff06b" ON "building"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "building_neighborhood_name_key" ON "building"  ("neighborhood_id", "name") `);
        await queryRunner.query(`CREATE TABLE "building_convention" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "building_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "title" character varying(200) NOT NULL, CONSTRAINT "PK_ed62970bcea32d487b78e3a6704" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_02eb20afe2cbbd3aa418d1d9fb" ON "building_convention"  ("building_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9ffe0305f6c82e087ae2029575" ON "building_convention"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE TABLE "convention_version" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "convention_id" uuid NOT NULL, "building_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, "status" character varying(16) NOT NULL, "approvals" integer NOT NULL DEFAULT '0', "rejections" integer NOT NULL DEFAULT '0', "effective_at" TIMESTAMP WITH TIME ZONE, "households_at_effect" integer, "created_by_id" uuid, CONSTRAINT "convention_version_counts_check" CHECK ("approvals" >= 0 AND "rejections" >= 0), CONSTRAINT "PK_af5f5372cf1928ec15bb4aced81" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1ed406dd3c2850e1cc24a15573" ON "convention_version"  ("building_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a67ed5ba0c4fed6f0050f582be" ON "convention_version"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "convention_version_one_open_key" ON "convention_version"  ("convention_id") WHERE status = 'OPEN'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "convention_version_number_key" ON "convention_version"  ("convention_id", "number") `);
        await queryRunner.query(`CREATE TABLE "convention_breach" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "convention_id" uuid NOT NULL, "version_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "occurred_on" date NOT NULL, "description" character varying(2000) NOT NULL, "public_property_damaged" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_35ce0abb1294e656fa9c773693b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_67a614eb7fb349f6c0068b2bf0" ON "convention_breach"  ("convention_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_0e99a1f3209e483a35ce17d698" ON "convention_breach"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE TABLE "breach_follow_up" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "breach_id" uuid NOT NULL, "party" character varying(24) NOT NULL, "action" character varying(2000) NOT NULL, CONSTRAINT "PK_e93bc26771508436799fc3ca734" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_da254c99ce01a378aab011c54c" ON "breach_follow_up"  ("breach_id") `);
        await queryRunner.query(`CREATE TABLE "household_code" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "version_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "issued_by_id" uuid, "used" boolean NOT NULL DEFAULT false, "voided" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ac4bd9d80ccac09e2fb7c49039e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c979c9ae036b83512a6759895e" ON "household_code"  ("version_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "household_code_hash_key" ON "household_code"  ("code_hash") `);
        await queryRunner.query(`ALTER TABLE "building" ADD CONSTRAINT "FK_cc7b3fe623d3919f47fdd6901a5" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "building" ADD CONSTRAINT "FK_8ea5e77720dec80881016ff06b2" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "building_convention" ADD CONSTRAINT "FK_02eb20afe2cbbd3aa418d1d9fb0" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "convention_version" ADD CONSTRAINT "FK_e2bc2ad2ff0f1ee3c30418118b9" FOREIGN KEY ("convention_id") REFERENCES "building_convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "convention_version" ADD CONSTRAINT "FK_1ed406dd3c2850e1cc24a155733" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "convention_version" ADD CONSTRAINT "FK_5fd5b8b74bb7d77038a806176a8" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "convention_breach" ADD CONSTRAINT "FK_67a614eb7fb349f6c0068b2bf0a" FOREIGN KEY ("convention_id") REFERENCES "building_convention"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "convention_breach" ADD CONSTRAINT "FK_30c04ae2b9f48f5e47fe8ae8d26" FOREIGN KEY ("version_id") REFERENCES "convention_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "breach_follow_up" ADD CONSTRAINT "FK_da254c99ce01a378aab011c54c7" FOREIGN KEY ("breach_id") REFERENCES "convention_breach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "household_code" ADD CONSTRAINT "FK_c979c9ae036b83512a6759895e5" FOREIGN KEY ("version_id") REFERENCES "convention_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "household_code" ADD CONSTRAINT "FK_bee005e96429e41789d4dfe7696" FOREIGN KEY ("issued_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "household_code" DROP CONSTRAINT "FK_bee005e96429e41789d4dfe7696"`);
        await queryRunner.query(`ALTER TABLE "household_code" DROP CONSTRAINT "FK_c979c9ae036b83512a6759895e5"`);
        await queryRunner.query(`ALTER TABLE "breach_follow_up" DROP CONSTRAINT "FK_da254c99ce01a378aab011c54c7"`);
        await queryRunner.query(`ALTER TABLE "convention_breach" DROP CONSTRAINT "FK_30c04ae2b9f48f5e47fe8ae8d26"`);
        await queryRunner.query(`ALTER TABLE "convention_breach" DROP CONSTRAINT "FK_67a614eb7fb349f6c0068b2bf0a"`);
        await queryRunner.query(`ALTER TABLE "convention_version" DROP CONSTRAINT "FK_5fd5b8b74bb7d77038a806176a8"`);
        await queryRunner.query(`ALTER TABLE "convention_version" DROP CONSTRAINT "FK_1ed406dd3c2850e1cc24a155733"`);
        await queryRunner.query(`ALTER TABLE "convention_version" DROP CONSTRAINT "FK_e2bc2ad2ff0f1ee3c30418118b9"`);
        await queryRunner.query(`ALTER TABLE "building_convention" DROP CONSTRAINT "FK_02eb20afe2cbbd3aa418d1d9fb0"`);
        await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "FK_8ea5e77720dec80881016ff06b2"`);
        await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "FK_cc7b3fe623d3919f47fdd6901a5"`);
        await queryRunner.query(`DROP INDEX "public"."household_code_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c979c9ae036b83512a6759895e"`);
        await queryRunner.query(`DROP TABLE "household_code"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_da254c99ce01a378aab011c54c"`);
        await queryRunner.query(`DROP TABLE "breach_follow_up"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0e99a1f3209e483a35ce17d698"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_67a614eb7fb349f6c0068b2bf0"`);
        await queryRunner.query(`DROP TABLE "convention_breach"`);
        await queryRunner.query(`DROP INDEX "public"."convention_version_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."convention_version_one_open_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a67ed5ba0c4fed6f0050f582be"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1ed406dd3c2850e1cc24a15573"`);
        await queryRunner.query(`DROP TABLE "convention_version"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9ffe0305f6c82e087ae2029575"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_02eb20afe2cbbd3aa418d1d9fb"`);
        await queryRunner.query(`DROP TABLE "building_convention"`);
        await queryRunner.query(`DROP INDEX "public"."building_neighborhood_name_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8ea5e77720dec80881016ff06b"`);
        await queryRunner.query(`DROP TABLE "building"`);
    }

}
