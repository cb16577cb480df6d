import { MigrationInterface, QueryRunner } from "typeorm";

export class MatterEventFinite1796552899870 implements MigrationInterface {
    name = 'MatterEventFinite1796552899870'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "matter_event" ADD CONSTRAINT "matter_event_charged_working_days_finite" CHECK ("charged_working_days" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "matter_event" DROP CONSTRAINT "matter_event_charged_working_days_finite"`);
    }

}
