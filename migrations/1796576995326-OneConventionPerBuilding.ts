import { MigrationInterface, QueryRunner } from "typeorm";

export class OneConventionPerBuilding1796576995326 implements MigrationInterface {
    name = 'OneConventionPerBuilding1796576995326'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // A building has one convention (docs/rules.md rule 14). Buildings that already have several
        // must be settled by hand first (which one the residents keep): say which, rather than fail on the index.
        const doubled: { building_id: string; n: number }[] = await queryRunner.query(
            `SELECT building_id, count(*)::int AS n FROM building_convention GROUP BY building_id HAVING count(*) > 1`,
        );
        if (doubled.length > 0)
            throw new Error(
                `These buildings have more than one convention; keep one each before migrating: ${doubled
                    .map((d) => `${d.building_id} (${d.n})`)
                    .join(', ')}`,
            );
        await queryRunner.query(`DROP INDEX "public"."IDX_02eb20afe2cbbd3aa418d1d9fb"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "building_convention_building_key" ON "building_convention"  ("building_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."building_convention_building_key"`);
        await queryRunner.query(`CREATE INDEX "IDX_02eb20afe2cbbd3aa418d1d9fb" ON "building_convention" USING btree ("building_id") `);
    }

}
