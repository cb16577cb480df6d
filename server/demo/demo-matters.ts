import type { DataSource } from 'typeorm';
import { fakerZH_CN as faker } from '@faker-js/faker';
import { Matter } from '../matter/matter.entity';
import { SubdistrictKind } from '../subdistrict/subdistrict-kind';
import { demoUnits, insertDemoMatters } from './demo-matter-units';
import { demoMatterYear } from './demo-matter-year';
import { FIRE_LANE_EXTERNAL_ID, fireLaneCase } from './demo-fire-lane';

/**
 * Adds the demo residents' matters of 黄浦区 once (skipped when the fire-lane matter exists), in one
 * transaction: the reform's fire-lane case in 外滩街道 (demo-fire-lane.ts) and a year of matters
 * for every office and agency of the district's 街道 (demo-matter-year.ts), the same on every run
 * (fixed seed). Returns how many matters were added, 0 when skipped or when the district or
 * 外滩街道 is missing.
 */
export async function seedDemoMatters(db: DataSource, districtCode: string, waitanCode: string): Promise<number> {
  if (await db.getRepository(Matter).existsBy({ externalId: FIRE_LANE_EXTERNAL_ID })) return 0;
  const subdistricts = (await db.query(
    `SELECT s.id, s.code FROM subdistrict s JOIN district d ON d.id = s.district_id
      WHERE d.code = $1 AND s.kind = $2 ORDER BY s.code`,
    [districtCode, SubdistrictKind.SUBDISTRICT],
  )) as { id: string; code: string }[];
  const waitan = subdistricts.find((s) => s.code === waitanCode);
  if (!waitan) return 0;
  const ids = subdistricts.map((s) => s.id);
  faker.seed(20150710);
  return db.transaction(async (manager) => {
    const units = await demoUnits(manager, ids);
    const neighborhoods = new Map<string, string[]>(ids.map((id) => [id, []]));
    const rows = (await manager.query(
      `SELECT id, subdistrict_id FROM neighborhood WHERE subdistrict_id = ANY($1) ORDER BY code`,
      [ids],
    )) as { id: string; subdistrict_id: string }[];
    for (const r of rows) neighborhoods.get(r.subdistrict_id)!.push(r.id);
    const matters = [fireLaneCase(units.get(waitan.id)!, neighborhoods.get(waitan.id)![0] ?? null)];
    matters.push(...demoMatterYear(units, neighborhoods));
    await insertDemoMatters(manager, matters);
    return matters.length;
  });
}
