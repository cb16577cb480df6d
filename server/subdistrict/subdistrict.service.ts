import { applyCommonFilter, whereEquals } from '../core/filters';
import { assertCodeUnder } from '../district/division-code';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, ANY_SERVICE_TOKEN } from '../core/viewer';
import { Role } from '../core/role';
import { createStandardOffices } from '../office/standard-offices';
import { Subdistrict } from './subdistrict.entity';
import { SubdistrictKind, subdistrictKindOf } from './subdistrict-kind';
import {
  CreateSubdistrictInput,
  SubdistrictFilter,
  SubdistrictOrder,
  SubdistrictOrderField,
  UpdateSubdistrictInput,
} from './subdistrict.inputs';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { SubdistrictLoaders } from './subdistrict.loaders';

/** NAME sorts by the name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<SubdistrictOrderField, string> = {
  CODE: 's.code',
  NAME: 's.pinyinKey',
  KIND: 's.kind',
  CREATED_AT: 's.createdAt',
};

/** The loaders this service reads. */
type SubdistrictServiceLoaders = SubdistrictLoaders;

/** The services this service calls (the composition root passes them). */
export interface SubdistrictDeps {
  districts: DistrictService;
}

/** Township-level units (街道 / 镇 / 乡): lookups, lists and edits; the kind always follows the name. */
export class SubdistrictService extends RecordService<Subdistrict, SubdistrictServiceLoaders> {
  protected readonly typeName = 'Subdistrict';
  /** Divisions are public reference data: any valid service token reads them. */
  protected override readonly integrationReadScope = ANY_SERVICE_TOKEN;

  constructor(
    ctx: ServiceContext<SubdistrictServiceLoaders>,
    private readonly deps: SubdistrictDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.subdistrict;
  }

  /** Subdistricts are kept by their district's ADMIN: the place to check is the district. */
  protected async placeOf(subdistrict: Subdistrict) {
    return { districtId: subdistrict.districtId, subdistrictId: null };
  }

  /** A page of subdistricts matching `filter` (default order: by code). Public reference data for every signed-in user. */
  list(
    filter: SubdistrictFilter | undefined,
    orderBy: SubdistrictOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Subdistrict>> {
    void this.viewer;
    const qb = applyCommonFilter(this.ctx.db.getRepository(Subdistrict).createQueryBuilder('s'), filter);
    whereEquals(qb, 'districtId', filter?.districtId);
    whereEquals(qb, 'kind', filter?.kind);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: SubdistrictOrderField.CODE }]);
  }

  /**
   * Creates a township-level unit under an existing district; a 街道 gets its six standard offices
   * in the same transaction (docs/rules.md rule 1). BAD_USER_INPUT (unknown district, code outside it),
   * CONFLICT (code taken).
   */
  async create(input: CreateSubdistrictInput): Promise<Subdistrict> {
    const services = this.deps;
    const district = await services.districts.referenced(input.districtId, 'input.districtId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: district.id, subdistrictId: null },
      `add subdistricts to ${district.name}`,
    );
    assertCodeUnder(input.code, district.code, 'input.code', 'district');
    return this.ctx.db.transaction(async (manager) => {
      const repo = manager.getRepository(Subdistrict);
      const subdistrict = await repo.save(
        repo.create({ ...input, name: input.name.trim(), kind: subdistrictKindOf(input.name) }),
      );
      if (subdistrict.kind === SubdistrictKind.SUBDISTRICT) await createStandardOffices(manager, [subdistrict.id]);
      return subdistrict;
    });
  }

  /** Changes code or name (the kind follows the name). NOT_FOUND, BAD_USER_INPUT, CONFLICT. */
  async update(id: string, input: UpdateSubdistrictInput): Promise<Subdistrict> {
    const subdistrict = await this.get(id);
    await this.assertAdminOver(subdistrict);
    if (input.code !== undefined) {
      const district = await this.deps.districts.get(subdistrict.districtId);
      assertCodeUnder(input.code, district.code, 'input.code', 'district');
      subdistrict.code = input.code;
    }
    if (input.name !== undefined) {
      subdistrict.name = input.name;
      subdistrict.kind = subdistrictKindOf(input.name);
    }
    return this.ctx.db.getRepository(Subdistrict).save(subdistrict);
  }
}
