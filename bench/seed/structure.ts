import { REPS_PER_SUBDISTRICT } from '../lib/fixtures';
import { textArray } from './functions';

/** One SQL statement of the seed, shown as one step of the progress bar. */
export interface SeedStep {
  /** What the step adds, e.g. "officials". */
  label: string;
  /** The statement. */
  sql: string;
  /** Its parameters ($1…). */
  params?: unknown[];
}

/** The district departments that station an agency in every 街道 ("七所八所"). */
const DEPARTMENTS: { dept: string; kind: string; suffix: string; title: string }[] = [
  { dept: '公安分局', kind: 'POLICE_STATION', suffix: '派出所', title: '所长' },
  { dept: '司法局', kind: 'JUSTICE_OFFICE', suffix: '司法所', title: '所长' },
  { dept: '市场监督管理局', kind: 'MARKET_SUPERVISION', suffix: '市场监管所', title: '所长' },
  { dept: '住房保障和房屋管理局', kind: 'HOUSING_OFFICE', suffix: '房管办', title: '主任' },
  { dept: '城市管理行政执法局', kind: 'URBAN_MANAGEMENT', suffix: '城管中队', title: '中队长' },
  { dept: '绿化和市容管理局', kind: 'GREENING_SANITATION', suffix: '绿化市容所', title: '所长' },
  { dept: '税务局', kind: 'TAX_OFFICE', suffix: '税务所', title: '所长' },
];

/** The two self-designated work bodies every 街道 gets (docs/rules.md rule 1: "6+2"). */
const OWN_OFFICES: { name: string; duties: string[] }[] = [
  { name: '营商服务办公室', duties: ['企业服务和走访', '招商稳商'] },
  { name: '城市运行管理办公室', duties: ['城运中心值守', '应急处置协调'] },
];

/** Civil servants per standard office, and per self-designated office. */
export const CIVIL_SERVANTS_PER_OFFICE = { standard: 5, own: 3 };
/** Community workers per residents' committee of a 街道. */
export const WORKERS_PER_COMMITTEE = 6;
/** Agency heads per agency: the head (appointed with consent) and the deputy. */
export const HEADS_PER_AGENCY = 2;

/** A VALUES list of the departments for use in SQL: (ord, dept, kind, suffix, title). */
function departmentValues(): string {
  return DEPARTMENTS.map((d, i) => `(${i}, '${d.dept}', '${d.kind}', '${d.suffix}', '${d.title}')`).join(', ');
}

/**
 * Steps adding the 街道s' structure and people: departments, agencies, the two own offices,
 * officials of the three categories, the heads' consented appointments, and the bench users
 * (every one with `passwordHash`). `year` is the current year; heads took office on 1 January five
 * years before it.
 */
export function structureSteps(passwordHash: string, year: number): SeedStep[] {
  return [
    {
      label: 'departments',
      sql: `INSERT INTO department (id, name, district_id)
            SELECT pg_temp.bid('dept:' || d.code || ':' || x.kind), d.name || x.dept, d.id
              FROM district d CROSS JOIN (VALUES ${departmentValues()}) AS x(ord, dept, kind, suffix, title)`,
    },
    {
      label: 'agencies',
      sql: `INSERT INTO dispatched_agency (id, name, kind, department_id, subdistrict_id)
            SELECT pg_temp.bid('agency:' || s.code || ':' || x.kind), regexp_replace(s.name, '街道$', '') || x.suffix, x.kind,
                   pg_temp.bid('dept:' || d.code || ':' || x.kind), s.id
              FROM subdistrict s JOIN district d ON d.id = s.district_id
             CROSS JOIN (VALUES ${departmentValues()}) AS x(ord, dept, kind, suffix, title)
             WHERE s.kind = 'SUBDISTRICT'`,
    },
    {
      label: 'own offices',
      sql: `INSERT INTO office (id, name, kind, duties, subdistrict_id)
            SELECT pg_temp.bid('office:' || s.code || ':own' || x.ord), x.name, 'SELF_DESIGNATED', x.duties, s.id
              FROM subdistrict s
             CROSS JOIN (VALUES ${OWN_OFFICES.map((o, i) => `(${i}, '${o.name}', ${textArray(o.duties)})`).join(', ')}) AS x(ord, name, duties)
             WHERE s.kind = 'SUBDISTRICT'`,
    },
    {
      label: 'agency heads',
      sql: `INSERT INTO official (id, name, category, title, agency_id, subdistrict_id, external_id)
            SELECT pg_temp.bid('official:' || a.id || ':' || k), pg_temp.person('name:' || a.id || ':' || k), 'AGENCY_HEAD',
                   CASE WHEN k = 0 THEN x.title ELSE '副' || x.title END, a.id, a.subdistrict_id,
                   'BENCH-' || s.code || '-H-' || x.ord || '-' || k
              FROM dispatched_agency a JOIN subdistrict s ON s.id = a.subdistrict_id
              JOIN (VALUES ${departmentValues()}) AS x(ord, dept, kind, suffix, title) ON x.kind = a.kind
             CROSS JOIN generate_series(0, ${HEADS_PER_AGENCY - 1}) AS k`,
    },
    {
      label: 'civil servants',
      sql: `INSERT INTO official (id, name, category, title, office_id, subdistrict_id, external_id)
            SELECT pg_temp.bid('official:' || s.code || ':' || o.name || ':' || k), pg_temp.person('name:' || s.code || ':' || o.name || ':' || k), 'CIVIL_SERVANT',
                   CASE WHEN k = 0 THEN (CASE WHEN o.kind = 'SELF_DESIGNATED' THEN '主任' ELSE '科长' END) WHEN k = 1 THEN '副科长' ELSE '科员' END,
                   o.id, o.subdistrict_id, 'BENCH-' || s.code || '-C-' || left(md5(o.name), 6) || '-' || k
              FROM office o JOIN subdistrict s ON s.id = o.subdistrict_id
             CROSS JOIN generate_series(0, ${CIVIL_SERVANTS_PER_OFFICE.standard - 1}) AS k
             WHERE s.kind = 'SUBDISTRICT' AND k < CASE WHEN o.kind = 'SELF_DESIGNATED' THEN ${CIVIL_SERVANTS_PER_OFFICE.own} ELSE ${CIVIL_SERVANTS_PER_OFFICE.standard} END`,
    },
    {
      label: 'community workers',
      sql: `INSERT INTO official (id, name, category, title, office_id, neighborhood_id, subdistrict_id, external_id)
            SELECT pg_temp.bid('official:' || n.code || ':' || k), pg_temp.person('name:' || n.code || ':' || k), 'COMMUNITY_WORKER',
                   CASE WHEN k = 0 THEN '居民区书记' WHEN k = 1 THEN '居委会主任' ELSE '社区工作者' END,
                   o.id, n.id, s.id, 'BENCH-' || n.code || '-W-' || k
              FROM neighborhood n JOIN subdistrict s ON s.id = n.subdistrict_id
              JOIN office o ON o.subdistrict_id = s.id AND o.kind = 'COMMUNITY_SELF_GOVERNANCE'
             CROSS JOIN generate_series(0, ${WORKERS_PER_COMMITTEE - 1}) AS k
             WHERE s.kind = 'SUBDISTRICT' AND n.kind = 'RESIDENTS_COMMITTEE'`,
    },
    {
      label: 'head appointments',
      sql: `INSERT INTO head_appointment (id, agency_id, official_id, subdistrict_id, status, proposed_at, decided_at, starts_on)
            SELECT pg_temp.bid('appointment:' || a.id), a.id, pg_temp.bid('official:' || a.id || ':0'), a.subdistrict_id, 'CONSENTED',
                   make_timestamptz(${year - 6}, 12, 1, 2, 0, 0, 'UTC'), make_timestamptz(${year - 6}, 12, 15, 2, 0, 0, 'UTC'), make_date(${year - 5}, 1, 1)
              FROM dispatched_agency a`,
    },
    {
      label: 'users',
      sql: `INSERT INTO app_user (id, username, display_name, role, district_id, subdistrict_id, password_hash)
            SELECT pg_temp.bid('user:' || x.username), x.username, x.display_name, x.role, x.district_id, x.subdistrict_id, $1
              FROM (
                SELECT 'bench.admin.' || d.code AS username, d.name || '管理员（压测）' AS display_name, 'ADMIN' AS role, d.id AS district_id, NULL::uuid AS subdistrict_id FROM district d
                UNION ALL
                SELECT 'bench.assessor.' || d.code, d.name || '考核员（压测）', 'ASSESSOR', d.id, NULL FROM district d
                UNION ALL
                SELECT 'bench.chair.' || s.code, regexp_replace(s.name, '街道$', '') || '评议会主持人（压测）', 'CHAIR', s.district_id, s.id
                  FROM subdistrict s WHERE s.kind = 'SUBDISTRICT'
                UNION ALL
                SELECT 'bench.rep.' || s.code || '.' || lpad(k::text, 2, '0'), pg_temp.person('rep:' || s.code || ':' || k) || '（居民代表）', 'REPRESENTATIVE', s.district_id, s.id
                  FROM subdistrict s CROSS JOIN generate_series(1, ${REPS_PER_SUBDISTRICT}) AS k WHERE s.kind = 'SUBDISTRICT'
              ) AS x`,
      params: [passwordHash],
    },
  ];
}
