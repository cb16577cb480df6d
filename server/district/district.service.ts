import type { Connection, PageArgs } from '../core/pagination';
import { paginate } from '../core/pagination';
import { applyCommonFilter } from '../core/filters';
import { ForbiddenError } from '../core/errors';
import { RecordService } from '../core/record.service';
import { District } from './district.entity';
import {
  CreateDistrictInput,
  DistrictFilter,
  DistrictOrder,
  DistrictOrderField,
  UpdateDistrictInput,
} from './district.inputs';
import { ANY_SERVICE_TOKEN } from '../core/viewer';
import type { ServiceContext } from '../core/request-context';
import type { DistrictLoaders } from './district.loaders';
import { districtReasons } from './reasons';

/** NAME sorts by the name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<DistrictOrderField, string> = {
  CODE: 'd.code',
  NAME: 'd.pinyinKey',
  CREATED_AT: 'd.createdAt',
};

/** The loaders this service reads. */
type DistrictServiceLoaders = DistrictLoaders;

/** Districts (区): lookups, lists and edits. */
export class DistrictService extends RecordService<District, DistrictServiceLoaders> {
  protected readonly typeName = 'District';
  /** Divisions are public reference data: any valid service token reads them. */
  protected override readonly integrationReadScope = ANY_SERVICE_TOKEN;

  constructor(ctx: ServiceContext<DistrictServiceLoaders>) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.district;
  }

  /** A district is a district-level place. */
  protected async placeOf(district: District) {
    return { districtId: district.id, subdistrictId: null };
  }

  /** A page of districts matching `filter`, sorted by `orderBy` (default: by code). Divisions are public reference data for every signed-in user. */
  list(
    filter: DistrictFilter | undefined,
    orderBy: DistrictOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<District>> {
    void this.viewer;
    const qb = applyCommonFilter(this.ctx.db.getRepository(District).createQueryBuilder('d'), filter);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: DistrictOrderField.CODE }]);
  }

  /**
   * Creates a district. Every user's scope lies inside one district, so nobody may (FORBIDDEN):
   * districts come from `npm run import:divisions`.
   */
  create(input: CreateDistrictInput): Promise<District> {
    if (this.viewer) throw new ForbiddenError(districtReasons.importedOnly());
    return this.ctx.db.getRepository(District).save(this.ctx.db.getRepository(District).create(input));
  }

  /** Changes a district's code or name (a district ADMIN). NOT_FOUND, FORBIDDEN, or CONFLICT when the new code is taken. */
  async update(id: string, input: UpdateDistrictInput): Promise<District> {
    const district = await this.get(id);
    await this.assertAdminOver(district);
    Object.assign(district, input);
    return this.ctx.db.getRepository(District).save(district);
  }
}
