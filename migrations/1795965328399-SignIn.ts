import { MigrationInterface, QueryRunner } from "typeorm";

export class SignIn1795965328399 implements MigrationInterface {
    name = 'SignIn1795965328399'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "username" character varying(40) NOT NULL,
                "display_name" character varying(100) NOT NULL,
                "role" character varying(16) NOT NULL,
                "district_id" uuid NOT NULL,
                "subdistrict_id" uuid,
                "password_hash" character varying(200) NOT NULL,
                CONSTRAINT "app_user_username_check" CHECK (username ~ '^[a-z0-9_.-]{3,40}$'),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "user_username_key" ON "app_user" ("username")
        `);
        await queryRunner.query(`
            CREATE TABLE "auth_key" (
                "id" smallint NOT NULL,
                "secret" character varying(200) NOT NULL,
                CONSTRAINT "PK_8ec5be6c521f470516b474ed27f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_9947e925c7c9fdbdc0ff7862bfa" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_17975eb93f52d06d23330b50f91" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_17975eb93f52d06d23330b50f91"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_9947e925c7c9fdbdc0ff7862bfa"
        `);
        await queryRunner.query(`
            DROP TABLE "auth_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."user_username_key"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    }

}
