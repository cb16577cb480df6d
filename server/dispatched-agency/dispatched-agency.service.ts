import { BadUserInputError } from '../core/errors';
import { applyCommonFilter, whereInDistrict, whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { DispatchedAgency } from './dispatched-agency.entity';
import { AGENCY_DUTIES } from './agency-kind';
import {
  CreateDispatchedAgencyInput,
  DispatchedAgencyFilter,
  DispatchedAgencyOrder,
  DispatchedAgencyOrderField,
  UpdateDispatchedAgencyInput,
} from './dispatched-agency.inputs';
import type { ServiceContext } from '../core/request-context';
import type { DepartmentService } from '../department/department.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { DispatchedAgencyLoaders } from './dispatched-agency.loaders';
import { dispatchedAgencyReasons } from './reasons';

/** NAME sorts by the name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<DispatchedAgencyOrderField, string> = {
  NAME: 'a.pinyinKey',
  KIND: 'a.kind',
  CREATED_AT: 'a.createdAt',
};

/** The loaders this service reads. */
type DispatchedAgencyServiceLoaders = DispatchedAgencyLoaders;

/** The services this service calls (the composition root passes them). */
export interface DispatchedAgencyDeps {
  departments: DepartmentService;
  subdistricts: SubdistrictService;
}

/** Stationed agencies (派出机构, "七所八所"): lookups, lists and edits. */
export class DispatchedAgencyService extends RecordService<DispatchedAgency, DispatchedAgencyServiceLoaders> {
  protected readonly typeName = 'DispatchedAgency';
  /** A token that reads officials reads the agencies they belong to. */
  protected override readonly integrationReadScope = 'officials:read';

  constructor(
    ctx: ServiceContext<DispatchedAgencyServiceLoaders>,
    private readonly deps: DispatchedAgencyDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.dispatchedAgency;
  }

  protected placeOf(agency: DispatchedAgency) {
    return this.placeInSubdistrict(agency.subdistrictId);
  }

  /** A subdistrict's stationed agencies by name, within the caller's scope (through the request's loader). */
  ofSubdistrict(subdistrictId: string): Promise<DispatchedAgency[]> {
    return this.ctx.loaders.agenciesBySubdistrict.load(subdistrictId);
  }

  /** A page of the agencies in the caller's scope matching `filter` (default order: by name). */
  list(
    filter: DispatchedAgencyFilter | undefined,
    orderBy: DispatchedAgencyOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<DispatchedAgency>> {
    const qb = limitToScope(
      applyCommonFilter(this.ctx.db.getRepository(DispatchedAgency).createQueryBuilder('a'), filter),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'departmentId', filter?.departmentId);
    whereEquals(qb, 'kind', filter?.kind);
    whereInDistrict(qb, filter?.districtId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: DispatchedAgencyOrderField.NAME }]);
  }

  /**
   * Stations a department's agency in a subdistrict. BAD_USER_INPUT for an unknown department or
   * subdistrict, or a subdistrict outside the department's district (`input.subdistrictId`);
   * CONFLICT for a name taken in the subdistrict.
   */
  async create(input: CreateDispatchedAgencyInput): Promise<DispatchedAgency> {
    const services = this.deps;
    const [department, subdistrict] = await Promise.all([
      services.departments.referenced(input.departmentId, 'input.departmentId'),
      services.subdistricts.referenced(input.subdistrictId, 'input.subdistrictId'),
    ]);
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: subdistrict.districtId, subdistrictId: subdistrict.id },
      'station agencies in this subdistrict',
    );
    if (subdistrict.districtId !== department.districtId) {
      throw new BadUserInputError(
        dispatchedAgencyReasons.subdistrictOtherDistrict({
          subdistrict: subdistrict.name,
          department: department.name,
        }),
        'input.subdistrictId',
      );
    }
    const repo = this.ctx.db.getRepository(DispatchedAgency);
    return repo.save(
      repo.create({
        ...input,
        name: input.name.trim(),
        duties: cleanDuties(input.duties ?? AGENCY_DUTIES[input.kind]),
      }),
    );
  }

  /** Renames an agency, changes its kind or replaces its duties. NOT_FOUND, BAD_USER_INPUT, CONFLICT. */
  async update(id: string, input: UpdateDispatchedAgencyInput): Promise<DispatchedAgency> {
    const agency = await this.get(id);
    await this.assertAdminOver(agency);
    if (input.name !== undefined) agency.name = input.name.trim();
    if (input.kind !== undefined) agency.kind = input.kind;
    if (input.duties !== undefined) agency.duties = cleanDuties(input.duties);
    return this.ctx.db.getRepository(DispatchedAgency).save(agency);
  }
}

/** Trims duties, drops blank ones and merges repeats, keeping the first spelling's order. */
function cleanDuties(duties: readonly string[]): string[] {
  return [...new Set(duties.map((d) => d.trim()).filter((d) => d.length > 0))];
}
