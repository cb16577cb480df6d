import { MigrationInterface, QueryRunner } from "typeorm";

export class PolicyGradeLabels1796573042743 implements MigrationInterface {
    name = 'PolicyGradeLabels1796573042743'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_policy" ADD "grade_labels" character varying(16) NOT NULL DEFAULT 'STANDARD'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_policy" DROP COLUMN "grade_labels"`);
    }

}
