import { MigrationInterface, QueryRunner } from "typeorm";

export class SelfGovernanceExternalIds1796571622838 implements MigrationInterface {
    name = 'SelfGovernanceExternalIds1796571622838'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."petition_external_id_key"`);
        await queryRunner.query(`ALTER TABLE "building_convention" ADD "external_id" character varying(100)`);
        await queryRunner.query(`ALTER TABLE "hearing" ADD "external_id" character varying(100)`);
        await queryRunner.query(`ALTER TABLE "mediation" ADD "external_id" character varying(100)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "building_convention_external_id_key" ON "building_convention"  ("subdistrict_id", "external_id") WHERE "external_id" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "hearing_external_id_key" ON "hearing"  ("subdistrict_id", "external_id") WHERE "external_id" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "mediation_external_id_key" ON "mediation"  ("subdistrict_id", "external_id") WHERE "external_id" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "petition_external_id_key" ON "petition"  ("subdistrict_id", "external_id") WHERE "external_id" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."petition_external_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."mediation_external_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."hearing_external_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."building_convention_external_id_key"`);
        await queryRunner.query(`ALTER TABLE "mediation" DROP COLUMN "external_id"`);
        await queryRunner.query(`ALTER TABLE "hearing" DROP COLUMN "external_id"`);
        await queryRunner.query(`ALTER TABLE "building_convention" DROP COLUMN "external_id"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "petition_external_id_key" ON "petition" USING btree ("external_id") WHERE (external_id IS NOT NULL)`);
    }

}
