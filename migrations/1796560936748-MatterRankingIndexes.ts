import { MigrationInterface, QueryRunner } from "typeorm";

export class MatterRankingIndexes1796560936748 implements MigrationInterface {
    name = 'MatterRankingIndexes1796560936748'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "matter_subdistrict_rated" ON "matter"  ("subdistrict_id", "rated_at") WHERE "rated_at" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "matter_subdistrict_due" ON "matter"  ("subdistrict_id", "due_at") `);
        await queryRunner.query(`CREATE INDEX "matter_event_charged" ON "matter_event"  ("at") WHERE "kind" IN ('TRANSFERRED', 'OWNER_DECIDED') AND "charged_working_days" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."matter_event_charged"`);
        await queryRunner.query(`DROP INDEX "public"."matter_subdistrict_due"`);
        await queryRunner.query(`DROP INDEX "public"."matter_subdistrict_rated"`);
    }

}
