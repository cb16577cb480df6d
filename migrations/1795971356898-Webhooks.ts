import { MigrationInterface, QueryRunner } from "typeorm";

export class Webhooks1795971356898 implements MigrationInterface {
    name = 'Webhooks1795971356898'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "webhook_subscription" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "district_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "events" character varying(32) array NOT NULL, "secret" character varying(128) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by_id" uuid, CONSTRAINT "PK_b52cb4811c5ada4f42896c37ba8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d73de1db9b5381a339886e6bca" ON "webhook_subscription"  ("district_id") `);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "subscription_id" uuid NOT NULL, "event" character varying(32) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(12) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_error" character varying(300), "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_236a6a1218756223393d1fb5ac" ON "webhook_delivery"  ("subscription_id") `);
        await queryRunner.query(`CREATE INDEX "webhook_delivery_due" ON "webhook_delivery"  ("status", "next_attempt_at") `);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" ADD CONSTRAINT "FK_d73de1db9b5381a339886e6bcab" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" ADD CONSTRAINT "FK_80e48a48f81e5bc190af616a321" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_236a6a1218756223393d1fb5acc" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_236a6a1218756223393d1fb5acc"`);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" DROP CONSTRAINT "FK_80e48a48f81e5bc190af616a321"`);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" DROP CONSTRAINT "FK_d73de1db9b5381a339886e6bcab"`);
        await queryRunner.query(`DROP INDEX "public"."webhook_delivery_due"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_236a6a1218756223393d1fb5ac"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d73de1db9b5381a339886e6bca"`);
        await queryRunner.query(`DROP TABLE "webhook_subscription"`);
    }

}
