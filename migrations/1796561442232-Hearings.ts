import { MigrationInterface, QueryRunner } from "typeorm";

export class Hearings1796561442232 implements MigrationInterface {
    name = 'Hearings1796561442232'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "works_project" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "neighborhood_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "status" character varying(16) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "override_reason" character varying(2000), CONSTRAINT "PK_20e709fef79824e8249f7b0520d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c1020b8bfc4190a481a311d8ce" ON "works_project"  ("subdistrict_id") `);
        await queryRunner.query(`CREATE TABLE "hearing" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "subdistrict_id" uuid NOT NULL, "held_on" date NOT NULL, "presenter" character varying(100) NOT NULL, "construction_starts_on" date NOT NULL, "construction_ends_on" date NOT NULL, "chair_name" character varying(100) NOT NULL, "representatives" jsonb NOT NULL, "department_heads" jsonb NOT NULL DEFAULT '[]', "questions" jsonb NOT NULL DEFAULT '[]', "outcome" character varying(32), "outcome_reasons" character varying(4000), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9a5ad1f15d540f0d70860aba349" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e6af4e8e15c8a5a2d5290337f5" ON "hearing"  ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_0d0385751cb1039e7b5cd1e591" ON "hearing"  ("subdistrict_id") `);
        await queryRunner.query(`ALTER TABLE "works_project" ADD CONSTRAINT "FK_4be43883b84a0658404667d7831" FOREIGN KEY ("neighborhood_id") REFERENCES "neighborhood"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "works_project" ADD CONSTRAINT "FK_c1020b8bfc4190a481a311d8ce6" FOREIGN KEY ("subdistrict_id") REFERENCES "subdistrict"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "hearing" ADD CONSTRAINT "FK_e6af4e8e15c8a5a2d5290337f51" FOREIGN KEY ("project_id") REFERENCES "works_project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "hearing" DROP CONSTRAINT "FK_e6af4e8e15c8a5a2d5290337f51"`);
        await queryRunner.query(`ALTER TABLE "works_project" DROP CONSTRAINT "FK_c1020b8bfc4190a481a311d8ce6"`);
        await queryRunner.query(`ALTER TABLE "works_project" DROP CONSTRAINT "FK_4be43883b84a0658404667d7831"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0d0385751cb1039e7b5cd1e591"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e6af4e8e15c8a5a2d5290337f5"`);
        await queryRunner.query(`DROP TABLE "hearing"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c1020b8bfc4190a481a311d8ce"`);
        await queryRunner.query(`DROP TABLE "works_project"`);
    }

}
