import { MigrationInterface, QueryRunner } from "typeorm";

export class Attachments1796573287202 implements MigrationInterface {
    name = 'Attachments1796573287202'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "owner_type" character varying(24) NOT NULL, "owner_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "content_type" character varying(64) NOT NULL, "size" integer NOT NULL, "storage" character varying(16) NOT NULL, "storage_key" character varying(200), "created_by_id" uuid, CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2b65ef98c6f02482b1685cf61c" ON "attachment"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9b580bd06ddd2250e148d88c82" ON "attachment"  ("owner_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "attachment_content" ("attachment_id" uuid NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_5244c8b639f0bf0ad961b6f6f7d" PRIMARY KEY ("attachment_id"))`);
        await queryRunner.query(`ALTER TABLE "attachment" ADD CONSTRAINT "FK_2b65ef98c6f02482b1685cf61c9" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attachment_content" ADD CONSTRAINT "FK_5244c8b639f0bf0ad961b6f6f7d" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "attachment_content" DROP CONSTRAINT "FK_5244c8b639f0bf0ad961b6f6f7d"`);
        await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_2b65ef98c6f02482b1685cf61c9"`);
        await queryRunner.query(`DROP TABLE "attachment_content"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9b580bd06ddd2250e148d88c82"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2b65ef98c6f02482b1685cf61c"`);
        await queryRunner.query(`DROP TABLE "attachment"`);
    }

}
