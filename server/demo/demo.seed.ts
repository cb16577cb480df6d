import { fakerZH_CN as faker } from '@faker-js/faker';
import type { DataSource, EntityManager } from 'typeorm';
import { Department } from '../department/department.entity';
import { AGENCY_DUTIES, AgencyKind } from '../dispatched-agency/agency-kind';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { District } from '../district/district.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Office } from '../office/office.entity';
import { OfficeKind } from '../office/office-kind';
import { OfficialCategory } from '../official/official-category';
import { Official } from '../official/official.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { SubdistrictKind } from '../subdistrict/subdistrict-kind';

/** Code of the district the demo set is made for (黄浦区). */
export const DEMO_DISTRICT_CODE = '310101';
/** Every demo official's externalId starts with this, so the demo set is easy to tell and remove. */
export const DEMO_PREFIX = 'DEMO-';

/** The district departments that station agencies in 黄浦区's subdistricts, and what they call them. */
const DEMO_DEPARTMENTS: { name: string; kind: AgencyKind; agencySuffix: string; headTitle: string }[] = [
  { name: '黄浦区公安分局', kind: AgencyKind.POLICE_STATION, agencySuffix: '派出所', headTitle: '所长' },
  { name: '黄浦区司法局', kind: AgencyKind.JUSTICE_OFFICE, agencySuffix: '司法所', headTitle: '所长' },
  { name: '黄浦区市场监督管理局', kind: AgencyKind.MARKET_SUPERVISION, agencySuffix: '市场监管所', headTitle: '所长' },
  { name: '黄浦区住房保障和房屋管理局', kind: AgencyKind.HOUSING_OFFICE, agencySuffix: '房管办', headTitle: '主任' },
  {
    name: '黄浦区城市管理行政执法局',
    kind: AgencyKind.URBAN_MANAGEMENT,
    agencySuffix: '城管中队',
    headTitle: '中队长',
  },
  {
    name: '黄浦区绿化和市容管理局',
    kind: AgencyKind.GREENING_SANITATION,
    agencySuffix: '绿化市容所',
    headTitle: '所长',
  },
];

/** What the demo seeding added. */
export interface DemoReport {
  departments: number;
  agencies: number;
  officials: number;
}

/**
 * Adds the labelled demo set for 黄浦区 in one transaction, once (skipped when demo officials
 * exist): its district departments, the agency each stations in every 街道, and officials of the
 * three categories with generated Chinese names (fixed seed, so every run makes the same people):
 * a head per agency, two civil servants per office, a community worker per residents' committee.
 */
export async function seedDemo(db: DataSource): Promise<DemoReport | null> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM official WHERE external_id LIKE $1`, [
    `${DEMO_PREFIX}%`,
  ]);
  if (count > 0) return null;
  const district = await db.getRepository(District).findOneBy({ code: DEMO_DISTRICT_CODE });
  if (!district) return null;
  faker.seed(20150101);
  return db.transaction(async (manager) => {
    const subdistricts = await manager.getRepository(Subdistrict).find({
      where: { districtId: district.id, kind: SubdistrictKind.SUBDISTRICT },
      order: { code: 'ASC' },
    });
    const departments = await manager
      .getRepository(Department)
      .save(
        DEMO_DEPARTMENTS.map((d) =>
          manager.getRepository(Department).create({ name: d.name, districtId: district.id }),
        ),
      );
    const report: DemoReport = { departments: departments.length, agencies: 0, officials: 0 };
    for (const subdistrict of subdistricts) {
      const added = await seedSubdistrict(manager, subdistrict, departments);
      report.agencies += added.agencies;
      report.officials += added.officials;
    }
    return report;
  });
}

async function seedSubdistrict(manager: EntityManager, subdistrict: Subdistrict, departments: Department[]) {
  const place = subdistrict.name.replace(/街道$/, '');
  const agencies = await manager.getRepository(DispatchedAgency).save(
    DEMO_DEPARTMENTS.map((d, i) =>
      manager.getRepository(DispatchedAgency).create({
        name: `${place}${d.agencySuffix}`,
        kind: d.kind,
        duties: [...AGENCY_DUTIES[d.kind]],
        departmentId: departments[i].id,
        subdistrictId: subdistrict.id,
      }),
    ),
  );
  const offices = await manager
    .getRepository(Office)
    .find({ where: { subdistrictId: subdistrict.id }, order: { kind: 'ASC' } });
  const neighborhoods = await manager
    .getRepository(Neighborhood)
    .find({ where: { subdistrictId: subdistrict.id }, order: { code: 'ASC' } });
  const workerOffice = offices.find((o) => o.kind === OfficeKind.COMMUNITY_SELF_GOVERNANCE) ?? offices[0];
  const people: Partial<Official>[] = [];
  const externalId = (role: string) => `${DEMO_PREFIX}${subdistrict.code}-${role}`;
  agencies.forEach((agency, i) =>
    people.push({
      name: faker.person.fullName(),
      category: OfficialCategory.AGENCY_HEAD,
      title: DEMO_DEPARTMENTS[i].headTitle,
      agencyId: agency.id,
      externalId: externalId(`head-${agency.kind}`),
    }),
  );
  for (const office of offices) {
    ['科长', '科员'].forEach((title, i) =>
      people.push({
        name: faker.person.fullName(),
        category: OfficialCategory.CIVIL_SERVANT,
        title,
        officeId: office.id,
        externalId: externalId(`cs-${office.kind}-${i}`),
      }),
    );
  }
  if (workerOffice) {
    for (const neighborhood of neighborhoods) {
      people.push({
        name: faker.person.fullName(),
        category: OfficialCategory.COMMUNITY_WORKER,
        title: '社区工作者',
        officeId: workerOffice.id,
        neighborhoodId: neighborhood.id,
        externalId: externalId(`cw-${neighborhood.code}`),
      });
    }
  }
  const repo = manager.getRepository(Official);
  await repo.insert(people.map((p) => repo.create({ ...p, subdistrictId: subdistrict.id })));
  return { agencies: agencies.length, officials: people.length };
}
