import { MigrationInterface, QueryRunner } from "typeorm";

export class EvaluationMeetings1795968454697 implements MigrationInterface {
    name = 'EvaluationMeetings1795968454697'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "rating_template" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "criteria" jsonb NOT NULL,
                "district_id" uuid NOT NULL,
                CONSTRAINT "PK_6b3c7272c0e6c7713f28ec0bfd8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "rating_template_name_key" ON "rating_template" ("district_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "evaluation_meeting" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "title" character varying(200) NOT NULL,
                "year" smallint NOT NULL,
                "status" character varying(8) NOT NULL DEFAULT 'DRAFT',
                "scheduled_at" TIMESTAMP WITH TIME ZONE,
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "min_ratings" smallint NOT NULL DEFAULT '3',
                "subdistrict_id" uuid NOT NULL,
                "neighborhood_id" uuid,
                "chair_id" uuid,
                "template_id" uuid NOT NULL,
                CONSTRAINT "PK_10a708ac6e8c762ba2e336f0276" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2bff1dd5dd1da170353d9b6592" ON "evaluation_meeting" ("subdistrict_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_representative" (
                "meeting_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "PK_c1526536ac24864dea4bb7c756a" PRIMARY KEY ("meeting_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_official" (
                "meeting_id" uuid NOT NULL,
                "official_id" uuid NOT NULL,
                CONSTRAINT "PK_1a8f1bc548b26d2018a8d1dda24" PRIMARY KEY ("meeting_id", "official_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_code" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "meeting_id" uuid NOT NULL,
                "code_hash" character varying(64) NOT NULL,
                CONSTRAINT "PK_3b0985dc0fa9567f43865105587" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ballot_code_hash_key" ON "ballot_code" ("code_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "participation" (
                "meeting_id" uuid NOT NULL,
                "official_id" uuid NOT NULL,
                "voter" character varying(48) NOT NULL,
                CONSTRAINT "PK_074463999a8e8f6e426a9e34021" PRIMARY KEY ("meeting_id", "official_id", "voter")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "rating" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "meeting_id" uuid NOT NULL,
                "official_id" uuid NOT NULL,
                "ballot_key" character varying(64) NOT NULL,
                "satisfaction" character varying(24) NOT NULL,
                "scores" jsonb NOT NULL,
                "comment" text,
                CONSTRAINT "PK_ecda8ad32645327e4765b43649e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "rating_ballot_key" ON "rating" ("meeting_id", "official_id", "ballot_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_result" (
                "meeting_id" uuid NOT NULL,
                "official_id" uuid NOT NULL,
                "rating_count" integer NOT NULL,
                "distribution" jsonb NOT NULL,
                "satisfaction_rate" double precision,
                "score" double precision,
                "published" boolean NOT NULL,
                "comments" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_166205ee2c2c3c62be5bec54db6" PRIMARY KEY ("meeting_id", "official_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" character varying(64) NOT NULL,
                "entity_type" character varying(64) NOT NULL,
                "entity_id" uuid NOT NULL,
                "before" jsonb,
                "after" jsonb,
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c0ea392536b5c4cba7012b6f7b" ON "audit_event" ("entity_type", "entity_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "official_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_4491a94a45cd5f0823e75ea91fc" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rating_template"
            ADD CONSTRAINT "FK_dfee8ef00dd55499cfd4ef0cd86" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting"
            ADD CONSTRAINT "FK_2bff1dd5dd1da170353d9b65929" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting"
            ADD CONSTRAINT "FK_bda1e9f0095c989fceca3b63994" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting"
            ADD CONSTRAINT "FK_6e74d0b78dc256bea97f9eec628" FOREIGN KEY ("chair_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting"
            ADD CONSTRAINT "FK_70688f1b0cbf834143a5fcb3431" FOREIGN KEY ("template_id") REFERENCES "rating_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_representative"
            ADD CONSTRAINT "FK_31eb5b108a294ca62237cd6b666" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_representative"
            ADD CONSTRAINT "FK_d9074a0402a8cdf58d4d1424e52" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_official"
            ADD CONSTRAINT "FK_1cef9b42bf2b42fa215b659ff57" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_official"
            ADD CONSTRAINT "FK_fb315df514174dd4c226bdbcf62" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_code"
            ADD CONSTRAINT "FK_572cd8b04e51b9e25c449171034" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "participation"
            ADD CONSTRAINT "FK_1abf9c4594005f3cb33da864682" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rating"
            ADD CONSTRAINT "FK_a26056be276e946a4c5480bb9e1" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rating"
            ADD CONSTRAINT "FK_e5e6ef1fe8c8c5977bf43937dcb" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_result"
            ADD CONSTRAINT "FK_b9665bea38fca0d3d9174e5968f" FOREIGN KEY ("meeting_id") REFERENCES "evaluation_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_result"
            ADD CONSTRAINT "FK_ec9496147d5e33dbcd888ffc652" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // The audit log is append-only: refuse UPDATE and DELETE in the database itself.
        await queryRunner.query(`
            CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only';
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
        await queryRunner.query(`
            ALTER TABLE "meeting_result" DROP CONSTRAINT "FK_ec9496147d5e33dbcd888ffc652"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_result" DROP CONSTRAINT "FK_b9665bea38fca0d3d9174e5968f"
        `);
        await queryRunner.query(`
            ALTER TABLE "rating" DROP CONSTRAINT "FK_e5e6ef1fe8c8c5977bf43937dcb"
        `);
        await queryRunner.query(`
            ALTER TABLE "rating" DROP CONSTRAINT "FK_a26056be276e946a4c5480bb9e1"
        `);
        await queryRunner.query(`
            ALTER TABLE "participation" DROP CONSTRAINT "FK_1abf9c4594005f3cb33da864682"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_code" DROP CONSTRAINT "FK_572cd8b04e51b9e25c449171034"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_official" DROP CONSTRAINT "FK_fb315df514174dd4c226bdbcf62"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_official" DROP CONSTRAINT "FK_1cef9b42bf2b42fa215b659ff57"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_representative" DROP CONSTRAINT "FK_d9074a0402a8cdf58d4d1424e52"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_representative" DROP CONSTRAINT "FK_31eb5b108a294ca62237cd6b666"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting" DROP CONSTRAINT "FK_70688f1b0cbf834143a5fcb3431"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting" DROP CONSTRAINT "FK_6e74d0b78dc256bea97f9eec628"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting" DROP CONSTRAINT "FK_bda1e9f0095c989fceca3b63994"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluation_meeting" DROP CONSTRAINT "FK_2bff1dd5dd1da170353d9b65929"
        `);
        await queryRunner.query(`
            ALTER TABLE "rating_template" DROP CONSTRAINT "FK_dfee8ef00dd55499cfd4ef0cd86"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_4491a94a45cd5f0823e75ea91fc"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "official_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c0ea392536b5c4cba7012b6f7b"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_result"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rating_ballot_key"
        `);
        await queryRunner.query(`
            DROP TABLE "rating"
        `);
        await queryRunner.query(`
            DROP TABLE "participation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ballot_code_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_code"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_official"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_representative"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2bff1dd5dd1da170353d9b6592"
        `);
        await queryRunner.query(`
            DROP TABLE "evaluation_meeting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rating_template_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "rating_template"
        `);
    }

}
