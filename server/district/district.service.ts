import type { Connection, PageArgs } from '../core/pagination';
import { paginate } from '../core/pagination';
import { applyCommonFilter } from '../core/filters';
import { RecordService } from '../core/record.service';
import { District } from './district.entity';
import { CreateDistrictInput, DistrictFilter, DistrictOrder, DistrictOrderField, UpdateDistrictInput } from './district.inputs';

const SORT_COLUMNS: Record<DistrictOrderField, string> = {
  CODE: 'd.code',
  NAME: 'd.name',
  CREATED_AT: 'd.createdAt',
};

/** Districts (区): lookups, lists and edits. */
export class DistrictService extends RecordService<District> {
  protected readonly typeName = 'District';

  protected get loader() {
    return this.ctx.loaders.district;
  }

  /** A page of districts matching `filter`, sorted by `orderBy` (default: by code). */
  list(filter: DistrictFilter | undefined, orderBy: DistrictOrder[] | undefined, page: PageArgs): Promise<Connection<District>> {
    const qb = applyCommonFilter(this.ctx.db.getRepository(District).createQueryBuilder('d'), filter);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: DistrictOrderField.CODE }]);
  }

  /** Creates a district. CONFLICT when the code is taken. */
  create(input: CreateDistrictInput): Promise<District> {
    return this.ctx.db.getRepository(District).save(this.ctx.db.getRepository(District).create(input));
  }

  /** Changes a district's code or name. NOT_FOUND, or CONFLICT when the new code is taken. */
  async update(id: string, input: UpdateDistrictInput): Promise<District> {
    const district = await this.get(id);
    Object.assign(district, input);
    return this.ctx.db.getRepository(District).save(district);
  }
}
