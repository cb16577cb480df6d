import { MigrationInterface, QueryRunner } from "typeorm";
import { NameOf, pinyinKeys } from "../server/core/pinyin";

/** The tables whose names get pinyin keys, the column the keys are read from, and what it names. */
const TABLES: [string, string, NameOf][] = [
    ['district', 'name', 'place'],
    ['department', 'name', 'place'],
    ['subdistrict', 'name', 'place'],
    ['dispatched_agency', 'name', 'place'],
    ['neighborhood', 'name', 'place'],
    ['office', 'name', 'place'],
    ['app_user', 'display_name', 'person'],
];

/** Rows back-filled per UPDATE. */
const BATCH = 10_000;

/**
 * Places and users sort and are found by the pinyin of their names, as officials are (docs/rules.md
 * rule 15): the two pinyin columns on each table, filled for every existing row, and the sort index.
 */
export class PlacesUsersPinyin1796570708811 implements MigrationInterface {
    name = 'PlacesUsersPinyin1796570708811'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const [table, column, of] of TABLES) {
            await queryRunner.query(`ALTER TABLE "${table}" ADD "pinyin_key" character varying(800) COLLATE "C" NOT NULL DEFAULT ''`);
            await queryRunner.query(`ALTER TABLE "${table}" ADD "pinyin_search" character varying(800) NOT NULL DEFAULT ''`);
            const rows: { id: string; name: string }[] = await queryRunner.query(`SELECT id, "${column}" AS name FROM "${table}"`);
            for (let k = 0; k < rows.length; k += BATCH) {
                const batch = rows.slice(k, k + BATCH);
                const keys = batch.map((r) => pinyinKeys(r.name, of));
                await queryRunner.query(
                    `UPDATE "${table}" t SET "pinyin_key" = k.pinyin_key, "pinyin_search" = k.pinyin_search
                       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(id, pinyin_key, pinyin_search)
                      WHERE t.id = k.id`,
                    [batch.map((r) => r.id), keys.map((x) => x.pinyinKey), keys.map((x) => x.pinyinSearch)],
                );
            }
            await queryRunner.query(`CREATE INDEX "${table}_pinyin_key_idx" ON "${table}"  ("pinyin_key") `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."app_user_pinyin_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."office_pinyin_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."neighborhood_pinyin_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."dispatched_agency_pinyin_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."subdistrict_pinyin_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."department_pinyin_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."district_pinyin_key_idx"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "pinyin_key"`);
        await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "pinyin_key"`);
        await queryRunner.query(`ALTER TABLE "neighborhood" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "neighborhood" DROP COLUMN "pinyin_key"`);
        await queryRunner.query(`ALTER TABLE "dispatched_agency" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "dispatched_agency" DROP COLUMN "pinyin_key"`);
        await queryRunner.query(`ALTER TABLE "subdistrict" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "subdistrict" DROP COLUMN "pinyin_key"`);
        await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "pinyin_key"`);
        await queryRunner.query(`ALTER TABLE "district" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "district" DROP COLUMN "pinyin_key"`);
    }

}
