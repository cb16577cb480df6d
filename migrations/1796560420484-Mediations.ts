import { MigrationInterface, QueryRunner } from "typeorm";

export class Mediations1796560420484 implements MigrationInterface {
    name = 'Mediations1796560420484'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "mediation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "neighborhood_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "subject" character varying(2000) NOT NULL, "dispute_kind" character varying(24) NOT NULL, "involves_family" boolean NOT NULL DEFAULT false, "held_on" date NOT NULL, "parties" jsonb NOT NULL, "chair_name" character varying(100) NOT NULL, "chair_role" character varying(32) NOT NULL, "legal_adviser" character varying(100) NOT NULL, "women_director" character varying(100), "departments" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL, "record" text, "concluded_at" TIMESTAMP WITH TIME ZONE, "court_confirmation" character varying(16) NOT NULL DEFAULT 'NOT_REQUESTED', "court_confirmation_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c59a327beb46f9a1826454b2219" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ae598f5b06809c01c04f438f18" ON "mediation"  ("subdistrict_id") `);
        await queryRunner.query(`ALTER TABLE "mediation" ADD CONSTRAINT "FK_c2007f09ef8107b4d0d9cff58c6" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "mediation" ADD CONSTRAINT "FK_ae598f5b06809c01c04f438f18a" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mediation" DROP CONSTRAINT "FK_ae598f5b06809c01c04f438f18a"`);
        await queryRunner.query(`ALTER TABLE "mediation" DROP CONSTRAINT "FK_c2007f09ef8107b4d0d9cff58c6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ae598f5b06809c01c04f438f18"`);
        await queryRunner.query(`DROP TABLE "mediation"`);
    }

}
