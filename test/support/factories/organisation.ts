import { CREATE_AGENCY, CREATE_DEPARTMENT, CREATE_OFFICIAL, CREATE_SUBDISTRICT, OFFICES_OF } from '../operations';
import type { TestServer } from '../server';
import { ok, unique } from './call';
import { places } from './places';

/** A 街道 a factory made, with its six standard offices by kind (docs/rules.md rule 1). */
export interface MadeSubdistrict {
  id: string;
  code: string;
  name: string;
  /** Office id by OfficeKind. */
  offices: Record<string, string>;
}

let nextCode = 950;

/**
 * A new 街道 of 黄浦区 (default) through `createSubdistrict`, which gives it its six standard
 * offices (the kind follows the name: keep a given `name` ending in 街道); its code is `310101`
 * and three digits from 950 on, unless `code`.
 */
export async function subdistrict(
  server: TestServer,
  options: { districtId?: string; code?: string; name?: string; as?: string } = {},
): Promise<MadeSubdistrict> {
  const code = options.code ?? `310101${nextCode++}`;
  const input = {
    districtId: options.districtId ?? (await places(server)).huangpu,
    code,
    name: options.name ?? `测试${code.slice(-3)}街道`,
  };
  const made = (await ok(server, CREATE_SUBDISTRICT, { input }, options.as)).createSubdistrict;
  return {
    id: made.id,
    code,
    name: made.name,
    offices: Object.fromEntries(made.offices.map((o: { kind: string; id: string }) => [o.kind, o.id])),
  };
}

/** The id of the office of `kind` in a 街道 (default 外滩街道's community service office), read as `as`'s user (default the signed-in one). */
export async function officeOf(
  server: TestServer,
  kind = 'COMMUNITY_SERVICE',
  subdistrictId?: string,
  as?: string,
): Promise<string> {
  const s = subdistrictId ?? (await places(server)).waitan;
  const found = (await ok(server, OFFICES_OF, { subdistrictId: s, kind }, as)).offices.nodes;
  if (found.length === 0) throw new Error(`no ${kind} office in subdistrict ${s}`);
  return found[0].id;
}

/** A new district department (default of 黄浦区): its id. */
export async function department(
  server: TestServer,
  options: { districtId?: string; name?: string; as?: string } = {},
): Promise<string> {
  const input = {
    districtId: options.districtId ?? (await places(server)).huangpu,
    name: options.name ?? unique('测试部门'),
  };
  return (await ok(server, CREATE_DEPARTMENT, { input }, options.as)).createDepartment.id;
}

/** A new agency stationed in a 街道 (default 外滩街道) by a department (default a new one of 黄浦区): its id and name. */
export async function agency(
  server: TestServer,
  options: { subdistrictId?: string; departmentId?: string; kind?: string; name?: string; as?: string } = {},
): Promise<{ id: string; name: string }> {
  const input = {
    subdistrictId: options.subdistrictId ?? (await places(server)).waitan,
    departmentId: options.departmentId ?? (await department(server, { as: options.as })),
    kind: options.kind ?? 'OTHER',
    name: options.name ?? unique('测试所'),
  };
  const made = (await ok(server, CREATE_AGENCY, { input }, options.as)).createDispatchedAgency;
  return { id: made.id, name: made.name };
}

/** What a new official may be given; everything has a default. */
export interface OfficialOptions {
  /** Default CIVIL_SERVANT (docs/rules.md rule 3). */
  category?: 'AGENCY_HEAD' | 'CIVIL_SERVANT' | 'COMMUNITY_WORKER';
  name?: string;
  title?: string;
  /** For a CIVIL_SERVANT or COMMUNITY_WORKER: default 外滩街道's community service office. */
  officeId?: string;
  /** For an AGENCY_HEAD: default a new agency of 外滩街道. */
  agencyId?: string;
  neighborhoodId?: string;
  subdistrictId?: string;
  externalId?: string;
  as?: string;
}

/**
 * A new official through `createOfficial`, with no meeting, panel, mark, list or case of any year:
 * by default a CIVIL_SERVANT of 外滩街道's community service office. Returns id and name.
 */
export async function official(
  server: TestServer,
  options: OfficialOptions = {},
): Promise<{ id: string; name: string }> {
  const category = options.category ?? 'CIVIL_SERVANT';
  const placement =
    category === 'AGENCY_HEAD'
      ? { agencyId: options.agencyId ?? (await agency(server, { as: options.as })).id }
      : { officeId: options.officeId ?? (await officeOf(server)) };
  const input = {
    name: options.name ?? unique('测试人员'),
    category,
    title: options.title,
    neighborhoodId: options.neighborhoodId,
    subdistrictId: options.subdistrictId,
    externalId: options.externalId,
    ...placement,
  };
  const made = (await ok(server, CREATE_OFFICIAL, { input }, options.as)).createOfficial;
  return { id: made.id, name: made.name };
}
