import { MigrationInterface, QueryRunner } from "typeorm";

export class IntegrationTokens1795970581076 implements MigrationInterface {
    name = 'IntegrationTokens1795970581076'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "service_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "district_id" uuid NOT NULL, "scopes" character varying(32) array NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "PK_ac4ab6890f34bc9749c041d3983" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0fe616778929e7ad7ed4a27a74" ON "service_token"  ("district_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "service_token_hash_key" ON "service_token"  ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "service_token" ADD CONSTRAINT "FK_0fe616778929e7ad7ed4a27a743" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_token" ADD CONSTRAINT "FK_f76715edc29a443dbb919527f8a" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "service_token" DROP CONSTRAINT "FK_f76715edc29a443dbb919527f8a"`);
        await queryRunner.query(`ALTER TABLE "service_token" DROP CONSTRAINT "FK_0fe616778929e7ad7ed4a27a743"`);
        await queryRunner.query(`DROP INDEX "public"."service_token_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0fe616778929e7ad7ed4a27a74"`);
        await queryRunner.query(`DROP TABLE "service_token"`);
    }

}
