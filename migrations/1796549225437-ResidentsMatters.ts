import { MigrationInterface, QueryRunner } from "typeorm";

export class ResidentsMatters1796549225437 implements MigrationInterface {
    name = 'ResidentsMatters1796549225437'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "matter" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "external_id" character varying(100), "type" character varying(24) NOT NULL, "channel" character varying(24) NOT NULL, "status" character varying(16) NOT NULL, "subdistrict_id" uuid NOT NULL, "neighborhood_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL, "place" character varying(200) NOT NULL DEFAULT '', "reporter_name" character varying(100) NOT NULL DEFAULT '', "reporter_phone" character varying(32) NOT NULL DEFAULT '', "receiver_office_id" uuid, "receiver_agency_id" uuid, "owner_office_id" uuid, "owner_agency_id" uuid, "owner_since" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "response" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "first_resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" text, "overdue_at" TIMESTAMP WITH TIME ZONE, "run_around" boolean NOT NULL DEFAULT false, "transfer_count" integer NOT NULL DEFAULT '0', "extension_status" character varying(12), "satisfaction" character varying(24), "rating_comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "rectification_due_at" TIMESTAMP WITH TIME ZONE, "appeal_status" character varying(12), "rating_counts" boolean NOT NULL DEFAULT true, "tracking_code_hash" character varying(64) NOT NULL, CONSTRAINT "matter_owner_one" CHECK (("owner_office_id" IS NULL) <> ("owner_agency_id" IS NULL)), CONSTRAINT "matter_receiver_one" CHECK (("receiver_office_id" IS NULL) <> ("receiver_agency_id" IS NULL)), CONSTRAINT "PK_9e48fc1cca365f37f74f9192f36" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "matter_open_due" ON "matter"  ("due_at") WHERE "overdue_at" IS NULL AND "status" IN ('RECEIVED', 'IN_PROGRESS', 'ESCALATED', 'RECTIFYING')`);
        await queryRunner.query(`CREATE INDEX "matter_owner_agency" ON "matter"  ("owner_agency_id", "status") `);
        await queryRunner.query(`CREATE INDEX "matter_owner_office" ON "matter"  ("owner_office_id", "status") `);
        await queryRunner.query(`CREATE INDEX "matter_subdistrict_received" ON "matter"  ("subdistrict_id", "received_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "matter_tracking_code_key" ON "matter"  ("tracking_code_hash") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "matter_external_id_key" ON "matter"  ("external_id") WHERE "external_id" IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "matter_event" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "matter_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "seq" BIGSERIAL NOT NULL, "kind" character varying(24) NOT NULL, "actor_id" uuid, "office_id" uuid, "agency_id" uuid, "target_office_id" uuid, "target_agency_id" uuid, "duty" text, "note" text, "charged_working_days" numeric(10,3), "satisfaction" character varying(24), "decision" character varying(12), CONSTRAINT "matter_event_target_one" CHECK ("target_office_id" IS NULL OR "target_agency_id" IS NULL), CONSTRAINT "matter_event_unit_one" CHECK ("office_id" IS NULL OR "agency_id" IS NULL), CONSTRAINT "PK_9273c60f452119d2d66e1e71dc7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "matter_event_matter" ON "matter_event"  ("matter_id", "at", "seq") `);
        await queryRunner.query(`CREATE TABLE "matter_ranking_policy" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "district_id" uuid NOT NULL, "year" smallint NOT NULL, "response_weight" smallint NOT NULL, "resolution_weight" smallint NOT NULL, "satisfaction_weight" smallint NOT NULL, CONSTRAINT "matter_ranking_policy_sum" CHECK ("response_weight" + "resolution_weight" + "satisfaction_weight" = 100), CONSTRAINT "PK_fca83abb375885e491ae10f3c41" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "matter_ranking_policy_key" ON "matter_ranking_policy"  ("district_id", "year") `);
        await queryRunner.query(`ALTER TABLE "dispatched_agency" ADD "duties" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "office_id" uuid`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "agency_id" uuid`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_unit_one" CHECK ("office_id" IS NULL OR "agency_id" IS NULL)`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_586eb0a8b42a13145878378c84d" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "dispatched_agency"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter" ADD CONSTRAINT "FK_b57f2cab6b4f8f06f13ed7dbfc7" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter" ADD CONSTRAINT "FK_14c00e749be13a948566f84463b" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter" ADD CONSTRAINT "FK_fbf92fe037c0cbdb739fa240c07" FOREIGN KEY ("receiver_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter" ADD CONSTRAINT "FK_48393620696a29389b40d1a6cd1" FOREIGN KEY ("receiver_agency_id") REFERENCES "dispatched_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter" ADD CONSTRAINT "FK_64891e6cdc9be53d71683b22305" FOREIGN KEY ("owner_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter" ADD CONSTRAINT "FK_a4dca4931166f09c17e81e9fc17" FOREIGN KEY ("owner_agency_id") REFERENCES "dispatched_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter_event" ADD CONSTRAINT "FK_1d7081046f4354d4d34ad5c8d25" FOREIGN KEY ("matter_id") REFERENCES "matter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter_event" ADD CONSTRAINT "FK_169d4ca32179e2e430d29f088d7" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter_event" ADD CONSTRAINT "FK_19092a4d62b75878a7dd260ef9b" FOREIGN KEY ("agency_id") REFERENCES "dispatched_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter_event" ADD CONSTRAINT "FK_d17b2fbf6287a285cba37d00b71" FOREIGN KEY ("target_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter_event" ADD CONSTRAINT "FK_0912e1b86eff21808c2bb45b575" FOREIGN KEY ("target_agency_id") REFERENCES "dispatched_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "matter_ranking_policy" ADD CONSTRAINT "FK_5fa43381b79948940874b632aa6" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Agencies stored before they carried duties get those of their kind (AGENCY_DUTIES in
        // server/dispatched-agency/agency-kind.ts), so a matter can be transferred to them (rule 13).
        await queryRunner.query(`UPDATE "dispatched_agency" SET "duties" = CASE "kind"
              WHEN 'POLICE_STATION' THEN ARRAY['治安管理和案件受理', '消防通道占用等消防安全违法查处', '户籍和居住证管理']::text[]
              WHEN 'JUSTICE_OFFICE' THEN ARRAY['法律援助和法律咨询', '人民调解指导', '社区矫正']::text[]
              WHEN 'MARKET_SUPERVISION' THEN ARRAY['食品安全监管', '消费投诉处理', '无证无照经营查处']::text[]
              WHEN 'HOUSING_OFFICE' THEN ARRAY['物业服务监管', '房屋修缮和安全管理', '业主大会和业委会指导']::text[]
              WHEN 'URBAN_MANAGEMENT' THEN ARRAY['违法搭建查处', '占道经营和乱设摊查处', '市容环境执法']::text[]
              WHEN 'GREENING_SANITATION' THEN ARRAY['绿化养护', '垃圾分类和清运', '道路保洁']::text[]
              WHEN 'TAX_OFFICE' THEN ARRAY['纳税服务和咨询', '税收征管']::text[]
              ELSE '{}'::text[] END`);
        // The timeline is append-only, like the audit log: a charged delay stays charged.
        await queryRunner.query(`
            CREATE FUNCTION matter_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'matter_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`
            CREATE TRIGGER matter_event_append_only BEFORE UPDATE OR DELETE ON "matter_event"
            FOR EACH ROW EXECUTE FUNCTION matter_event_append_only()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER matter_event_append_only ON "matter_event"`);
        await queryRunner.query(`DROP FUNCTION matter_event_append_only()`);
        await queryRunner.query(`ALTER TABLE "matter_ranking_policy" DROP CONSTRAINT "FK_5fa43381b79948940874b632aa6"`);
        await queryRunner.query(`ALTER TABLE "matter_event" DROP CONSTRAINT "FK_0912e1b86eff21808c2bb45b575"`);
        await queryRunner.query(`ALTER TABLE "matter_event" DROP CONSTRAINT "FK_d17b2fbf6287a285cba37d00b71"`);
        await queryRunner.query(`ALTER TABLE "matter_event" DROP CONSTRAINT "FK_19092a4d62b75878a7dd260ef9b"`);
        await queryRunner.query(`ALTER TABLE "matter_event" DROP CONSTRAINT "FK_169d4ca32179e2e430d29f088d7"`);
        await queryRunner.query(`ALTER TABLE "matter_event" DROP CONSTRAINT "FK_1d7081046f4354d4d34ad5c8d25"`);
        await queryRunner.query(`ALTER TABLE "matter" DROP CONSTRAINT "FK_a4dca4931166f09c17e81e9fc17"`);
        await queryRunner.query(`ALTER TABLE "matter" DROP CONSTRAINT "FK_64891e6cdc9be53d71683b22305"`);
        await queryRunner.query(`ALTER TABLE "matter" DROP CONSTRAINT "FK_48393620696a29389b40d1a6cd1"`);
        await queryRunner.query(`ALTER TABLE "matter" DROP CONSTRAINT "FK_fbf92fe037c0cbdb739fa240c07"`);
        await queryRunner.query(`ALTER TABLE "matter" DROP CONSTRAINT "FK_14c00e749be13a948566f84463b"`);
        await queryRunner.query(`ALTER TABLE "matter" DROP CONSTRAINT "FK_b57f2cab6b4f8f06f13ed7dbfc7"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6c389af3b251d151c0627d856f5"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_586eb0a8b42a13145878378c84d"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_unit_one"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "agency_id"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "office_id"`);
        await queryRunner.query(`ALTER TABLE "dispatched_agency" DROP COLUMN "duties"`);
        await queryRunner.query(`DROP INDEX "public"."matter_ranking_policy_key"`);
        await queryRunner.query(`DROP TABLE "matter_ranking_policy"`);
        await queryRunner.query(`DROP INDEX "public"."matter_event_matter"`);
        await queryRunner.query(`DROP TABLE "matter_event"`);
        await queryRunner.query(`DROP INDEX "public"."matter_external_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."matter_tracking_code_key"`);
        await queryRunner.query(`DROP INDEX "public"."matter_subdistrict_received"`);
        await queryRunner.query(`DROP INDEX "public"."matter_owner_office"`);
        await queryRunner.query(`DROP INDEX "public"."matter_owner_agency"`);
        await queryRunner.query(`DROP INDEX "public"."matter_open_due"`);
        await queryRunner.query(`DROP TABLE "matter"`);
    }

}
