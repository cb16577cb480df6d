import type { DataSource } from 'typeorm';
import { District } from '../district/district.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Role } from '../core/role';
import { pinyinKeys } from '../core/pinyin';
import { User } from '../user/user.entity';
import { Official } from '../official/official.entity';
import { hashPassword } from '../user/user.service';

/** Password of every demo user (demo data only; change or delete these users in production). */
export const DEMO_PASSWORD = 'pingyi-demo';

/** One demo user per role, in 黄浦区 or its 外滩街道. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; scope: 'district' | 'subdistrict' }[] = [
  { username: 'huangpu.admin', displayName: '黄浦区管理员（演示）', role: Role.ADMIN, scope: 'district' },
  { username: 'waitan.chair', displayName: '外滩居委会主任（演示）', role: Role.CHAIR, scope: 'subdistrict' },
  { username: 'waitan.rep', displayName: '外滩居民代表（演示）', role: Role.REPRESENTATIVE, scope: 'subdistrict' },
  { username: 'huangpu.assessor', displayName: '黄浦区组织部考核员（演示）', role: Role.ASSESSOR, scope: 'district' },
  { username: 'waitan.official', displayName: '外滩街道工作人员（演示）', role: Role.OFFICIAL, scope: 'subdistrict' },
];

/**
 * Adds the demo users that do not exist yet (by username), the OFFICIAL linked to the 街道's first
 * official; returns how many were added. Called once, with the demo set (start.seed.ts).
 */
export async function seedDemoUsers(db: DataSource, districtCode: string, subdistrictCode: string): Promise<number> {
  const district = await db.getRepository(District).findOneBy({ code: districtCode });
  const subdistrict = await db.getRepository(Subdistrict).findOneBy({ code: subdistrictCode });
  if (!district || !subdistrict) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The demo OFFICIAL is the first official of the 街道 (as the demo assessments order them), so
  // that their own results and grades have something to show.
  const official = await db
    .getRepository(Official)
    .findOne({ where: { subdistrictId: subdistrict.id }, order: { category: 'ASC', name: 'ASC' } });
  const result = await db
    .getRepository(User)
    .createQueryBuilder()
    .insert()
    .values(
      DEMO_USERS.map((u) => ({
        username: u.username,
        displayName: u.displayName,
        ...pinyinKeys(u.displayName),
        role: u.role,
        districtId: district.id,
        subdistrictId: u.scope === 'subdistrict' ? subdistrict.id : null,
        officialId: u.role === Role.OFFICIAL ? (official?.id ?? null) : null,
        passwordHash,
      })),
    )
    .orIgnore()
    .returning(['id'])
    .execute();
  return result.raw.length;
}
