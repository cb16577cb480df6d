import { MigrationInterface, QueryRunner } from "typeorm";

export class SessionVersion1796546430798 implements MigrationInterface {
    name = 'SessionVersion1796546430798'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "revoked_session" (
                "session_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_258eeeab12cb160ea633669a6ae" PRIMARY KEY ("session_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2b0f5eda4706ff9c3bb8b5024c" ON "revoked_session" ("expires_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "session_version" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "revoked_session"
            ADD CONSTRAINT "FK_44bac74f00c22ef714f024c9571" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "revoked_session" DROP CONSTRAINT "FK_44bac74f00c22ef714f024c9571"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "session_version"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2b0f5eda4706ff9c3bb8b5024c"
        `);
        await queryRunner.query(`
            DROP TABLE "revoked_session"
        `);
    }

}
