import { applyCommonFilter, whereInDistrict, whereEquals } from '../core/filters';
import { assertCodeUnder } from '../district/division-code';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, ANY_SERVICE_TOKEN } from '../core/viewer';
import { Role } from '../core/role';
import { Neighborhood } from './neighborhood.entity';
import { neighborhoodKindOf } from './neighborhood-kind';
import {
  CreateNeighborhoodInput,
  NeighborhoodFilter,
  NeighborhoodOrder,
  NeighborhoodOrderField,
  UpdateNeighborhoodInput,
} from './neighborhood.inputs';
import type { ServiceContext } from '../core/request-context';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { NeighborhoodLoaders } from './neighborhood.loaders';

/** NAME sorts by the name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<NeighborhoodOrderField, string> = {
  CODE: 'n.code',
  NAME: 'n.pinyinKey',
  KIND: 'n.kind',
  CREATED_AT: 'n.createdAt',
};

/** The loaders this service reads. */
type NeighborhoodServiceLoaders = NeighborhoodLoaders;

/** The services this service calls (the composition root passes them). */
export interface NeighborhoodDeps {
  subdistricts: SubdistrictService;
}

/** Neighborhoods (居民区 / 居委会, 村委会): lookups, lists and edits; the kind always follows the name. */
export class NeighborhoodService extends RecordService<Neighborhood, NeighborhoodServiceLoaders> {
  protected readonly typeName = 'Neighborhood';
  /** Divisions are public reference data: any valid service token reads them. */
  protected override readonly integrationReadScope = ANY_SERVICE_TOKEN;

  constructor(
    ctx: ServiceContext<NeighborhoodServiceLoaders>,
    private readonly deps: NeighborhoodDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.neighborhood;
  }

  protected placeOf(neighborhood: Neighborhood) {
    return this.placeInSubdistrict(neighborhood.subdistrictId);
  }

  /** A page of neighborhoods matching `filter` (default order: by code). Public reference data for every signed-in user. */
  list(
    filter: NeighborhoodFilter | undefined,
    orderBy: NeighborhoodOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Neighborhood>> {
    void this.viewer;
    const qb = applyCommonFilter(this.ctx.db.getRepository(Neighborhood).createQueryBuilder('n'), filter);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'kind', filter?.kind);
    whereInDistrict(qb, filter?.districtId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: NeighborhoodOrderField.CODE }]);
  }

  /** Creates a neighborhood in an existing subdistrict. BAD_USER_INPUT (unknown subdistrict, code outside it), CONFLICT (code taken). */
  async create(input: CreateNeighborhoodInput): Promise<Neighborhood> {
    const subdistrict = await this.deps.subdistricts.referenced(input.subdistrictId, 'input.subdistrictId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: subdistrict.districtId, subdistrictId: subdistrict.id },
      `add neighborhoods to ${subdistrict.name}`,
    );
    assertCodeUnder(input.code, subdistrict.code, 'input.code', 'subdistrict');
    const repo = this.ctx.db.getRepository(Neighborhood);
    return repo.save(repo.create({ ...input, kind: neighborhoodKindOf(input.name) }));
  }

  /** Changes code or name (the kind follows the name). NOT_FOUND, BAD_USER_INPUT, CONFLICT. */
  async update(id: string, input: UpdateNeighborhoodInput): Promise<Neighborhood> {
    const neighborhood = await this.get(id);
    await this.assertAdminOver(neighborhood);
    if (input.code !== undefined) {
      const subdistrict = await this.deps.subdistricts.get(neighborhood.subdistrictId);
      assertCodeUnder(input.code, subdistrict.code, 'input.code', 'subdistrict');
      neighborhood.code = input.code;
    }
    if (input.name !== undefined) {
      neighborhood.name = input.name;
      neighborhood.kind = neighborhoodKindOf(input.name);
    }
    return this.ctx.db.getRepository(Neighborhood).save(neighborhood);
  }
}
