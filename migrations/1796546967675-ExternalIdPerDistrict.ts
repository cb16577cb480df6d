import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An official's externalId is unique within their district, no longer across all districts: each
 * district's HR system has its own ids, and a district system must not learn (from a refusal) that
 * another district uses one. A unique index cannot reach the district through the subdistrict, so a
 * trigger checks it, serialised per district by an advisory lock held until commit (one lock per
 * transaction, so a batch of thousands of rows stays within the lock table), and
 * reports a duplicate as a unique violation of the old constraint name `official_external_id_key`
 * (so the API still answers CONFLICT on input.externalId). Rows stored so far were unique everywhere,
 * so none needs repair. Going down fails if two districts share an externalId by then.
 */
export class ExternalIdPerDistrict1796546967675 implements MigrationInterface {
    name = 'ExternalIdPerDistrict1796546967675'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION official_external_id_unique() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                district uuid;
            BEGIN
                SELECT s.district_id INTO district FROM subdistrict s WHERE s.id = NEW.subdistrict_id;
                -- One lock per district and transaction (however many rows it writes), held until commit.
                PERFORM pg_advisory_xact_lock(hashtextextended('official.external_id:' || district::text, 0));
                IF EXISTS (
                    SELECT 1 FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id
                     WHERE o.external_id = NEW.external_id AND s.district_id = district AND o.id <> NEW.id
                ) THEN
                    RAISE EXCEPTION 'externalId % is already used in this district', NEW.external_id
                        USING ERRCODE = 'unique_violation', CONSTRAINT = 'official_external_id_key', TABLE = 'official', COLUMN = 'external_id';
                END IF;
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER official_external_id_unique BEFORE INSERT OR UPDATE OF external_id, subdistrict_id ON official
            FOR EACH ROW WHEN (NEW.external_id IS NOT NULL) EXECUTE FUNCTION official_external_id_unique()
        `);
        await queryRunner.query(`
            DROP INDEX "public"."official_external_id_key"
        `);
        await queryRunner.query(`
            CREATE INDEX "official_external_id_idx" ON "official" ("external_id")
            WHERE "external_id" IS NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TRIGGER official_external_id_unique ON official
        `);
        await queryRunner.query(`
            DROP FUNCTION official_external_id_unique()
        `);
        await queryRunner.query(`
            DROP INDEX "public"."official_external_id_idx"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "official_external_id_key" ON "official" USING btree ("external_id")
            WHERE (external_id IS NOT NULL)
        `);
    }

}
