import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The secret ballot of docs/rules.md rule 7 as sharpened: the attendance roll (who is present and votes
 * by account or by code, never which code), who issued each ballot code, the browser secret a code
 * binds to at its first use, voided codes, and the reader key that lets only the casting session or
 * browser read a ballot back. Account voters who have already rated at a meeting are put on its
 * roll, as their next ballot would put them; ballots cast before keep no reader, so nobody reads
 * them back (they can still be amended by their voter while the meeting is open).
 */
export class BallotSecrecy1796546339263 implements MigrationInterface {
    name = 'BallotSecrecy1796546339263'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "meeting_attendance" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "meeting_id" uuid NOT NULL, "user_id" uuid, "name" character varying(100), "name_key" character varying(100), "mode" character varying(8) NOT NULL, "checked_in_by_id" uuid, CONSTRAINT "meeting_attendance_mode_check" CHECK (mode IN ('ACCOUNT', 'CODE')), CONSTRAINT "meeting_attendance_account_check" CHECK (mode = 'CODE' OR user_id IS NOT NULL), CONSTRAINT "meeting_attendance_person_check" CHECK (user_id IS NOT NULL OR name_key IS NOT NULL), CONSTRAINT "PK_1ece13054cdfcd65f8487e71267" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "meeting_attendance_name_key" ON "meeting_attendance"  ("meeting_id", "name_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "meeting_attendance_user_key" ON "meeting_attendance"  ("meeting_id", "user_id") `);
        await queryRunner.query(`ALTER TABLE "ballot_code" ADD "issued_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "ballot_code" ADD "secret_hash" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "ballot_code" ADD "voided" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "rating" ADD "reader_key" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_58f3823e0aed0b1076074be7267" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_3ae2f4f2d4bcffa5864b6e824de" FOREIGN KEY ("checked_in_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ballot_code" ADD CONSTRAINT "FK_302ac9d14901f6d5f91a2f3998b" FOREIGN KEY ("issued_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`
            INSERT INTO "meeting_attendance" ("meeting_id", "user_id", "mode")
            SELECT DISTINCT p."meeting_id", substring(p."voter" FROM 6)::uuid, 'ACCOUNT'
            FROM "participation" p JOIN "app_user" u ON u."id"::text = substring(p."voter" FROM 6)
            WHERE p."voter" LIKE 'user:%'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ballot_code" DROP CONSTRAINT "FK_302ac9d14901f6d5f91a2f3998b"`);
        await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_3ae2f4f2d4bcffa5864b6e824de"`);
        await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_58f3823e0aed0b1076074be7267"`);
        await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c"`);
        await queryRunner.query(`ALTER TABLE "rating" DROP COLUMN "reader_key"`);
        await queryRunner.query(`ALTER TABLE "ballot_code" DROP COLUMN "voided"`);
        await queryRunner.query(`ALTER TABLE "ballot_code" DROP COLUMN "secret_hash"`);
        await queryRunner.query(`ALTER TABLE "ballot_code" DROP COLUMN "issued_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."meeting_attendance_user_key"`);
        await queryRunner.query(`DROP INDEX "public"."meeting_attendance_name_key"`);
        await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    }

}
