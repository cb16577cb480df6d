import { MigrationInterface, QueryRunner } from "typeorm";

export class BreachEscalation1796572529110 implements MigrationInterface {
    name = 'BreachEscalation1796572529110'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "convention_breach" ADD "matter_id" uuid`);
        await queryRunner.query(`ALTER TABLE "convention_breach" ADD CONSTRAINT "FK_bf6efe0446606528019c2c6d2fb" FOREIGN KEY ("matter_id") REFERENCES "matter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "convention_breach" DROP CONSTRAINT "FK_bf6efe0446606528019c2c6d2fb"`);
        await queryRunner.query(`ALTER TABLE "convention_breach" DROP COLUMN "matter_id"`);
    }

}
