import { MigrationInterface, QueryRunner } from "typeorm";

export class OneConventionPerBuilding1796576995326 implements MigrationInterface {
    name = 'OneConventionPerBuilding1796576995326'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_02eb20afe2cbbd3aa418d1d9fb"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "building_convention_building_key" ON "building_convention"  ("building_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."building_convention_building_key"`);
        await queryRunner.query(`CREATE INDEX "IDX_02eb20afe2cbbd3aa418d1d9fb" ON "building_convention" USING btree ("building_id") `);
    }

}
