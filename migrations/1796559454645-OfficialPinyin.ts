import { MigrationInterface, QueryRunner } from "typeorm";
import { pinyinKeys } from "../server/core/pinyin";

/**
 * Officials sort and are found by the pinyin of their names (docs/rules.md rule 15): the two
 * pinyin columns, filled for every existing official in one UPDATE.
 */
export class OfficialPinyin1796559454645 implements MigrationInterface {
    name = 'OfficialPinyin1796559454645'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "official" ADD "pinyin_key" character varying(800) COLLATE "C" NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "official" ADD "pinyin_search" character varying(800) NOT NULL DEFAULT ''`);
        const rows: { id: string; name: string }[] = await queryRunner.query(`SELECT id, name FROM "official"`);
        if (rows.length > 0) {
            const keys = rows.map((r) => pinyinKeys(r.name));
            await queryRunner.query(
                `UPDATE "official" o SET "pinyin_key" = k.pinyin_key, "pinyin_search" = k.pinyin_search
                   FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(id, pinyin_key, pinyin_search)
                  WHERE o.id = k.id`,
                [rows.map((r) => r.id), keys.map((k) => k.pinyinKey), keys.map((k) => k.pinyinSearch)],
            );
        }
        await queryRunner.query(`CREATE INDEX "official_pinyin_key_idx" ON "official"  ("pinyin_key") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."official_pinyin_key_idx"`);
        await queryRunner.query(`ALTER TABLE "official" DROP COLUMN "pinyin_search"`);
        await queryRunner.query(`ALTER TABLE "official" DROP COLUMN "pinyin_key"`);
    }

}
