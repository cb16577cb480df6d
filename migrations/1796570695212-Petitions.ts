import { MigrationInterface, QueryRunner } from "typeorm";

export class Petitions1796570695212 implements MigrationInterface {
    name = 'Petitions1796570695212'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "petition" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "external_id" character varying(100), "neighborhood_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "matter_id" uuid, "subject" character varying(2000) NOT NULL, "petitioner_name" character varying(100) NOT NULL, "agent" character varying(32) NOT NULL, "agent_name" character varying(100) NOT NULL, "department_id" uuid NOT NULL, "taken_up_on" date NOT NULL, "talks" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL, "agreement" text, "closing_reason" character varying(4000), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_469bc03ae1fe441954bcb2e6a0c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a0b97d8603a8f90c586de79808" ON "petition"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_08ebcfce52ea573b247898ca5f" ON "petition"  ("matter_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "petition_external_id_key" ON "petition"  ("external_id") WHERE "external_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "FK_d6a5f37ba0ca29975b31a5793c4" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "FK_a0b97d8603a8f90c586de79808e" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "FK_08ebcfce52ea573b247898ca5fb" FOREIGN KEY ("matter_id") REFERENCES "matter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "FK_8614aa349edd50bac6b6d62424d" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_8614aa349edd50bac6b6d62424d"`);
        await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_08ebcfce52ea573b247898ca5fb"`);
        await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_a0b97d8603a8f90c586de79808e"`);
        await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_d6a5f37ba0ca29975b31a5793c4"`);
        await queryRunner.query(`DROP INDEX "public"."petition_external_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_08ebcfce52ea573b247898ca5f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a0b97d8603a8f90c586de79808"`);
        await queryRunner.query(`DROP TABLE "petition"`);
    }

}
