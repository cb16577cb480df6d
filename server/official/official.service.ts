import { BadUserInputError } from '../core/errors';
import { applyCommonFilter, whereInDistrict, whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../user/role';
import { Official } from './official.entity';
import { OfficialCategory } from './official-category';
import { CreateOfficialInput, OfficialFilter, OfficialOrder, OfficialOrderField, UpdateOfficialInput } from './official.inputs';

const SORT_COLUMNS: Record<OfficialOrderField, string> = {
  NAME: 'p.name',
  CATEGORY: 'p.category',
  TITLE: 'p.title',
  CREATED_AT: 'p.createdAt',
};

/** Where an official serves: the fields DESIGN rule 3 constrains together. */
export interface Placement {
  category: OfficialCategory;
  officeId: string | null;
  agencyId: string | null;
  neighborhoodId: string | null;
}

/** Officials (人员) and DESIGN rule 3: an agency head belongs to an agency, everyone else to an office. */
export class OfficialService extends RecordService<Official> {
  protected readonly typeName = 'Official';
  protected readonly integrationReadScope = 'officials:read';

  protected get loader() {
    return this.ctx.loaders.official;
  }

  protected placeOf(official: Official) {
    return this.placeInSubdistrict(official.subdistrictId);
  }

  /** A page of the officials in the caller's scope matching `filter` (default order: by name). */
  list(filter: OfficialFilter | undefined, orderBy: OfficialOrder[] | undefined, page: PageArgs): Promise<Connection<Official>> {
    const qb = limitToScope(applyCommonFilter(this.ctx.db.getRepository(Official).createQueryBuilder('p'), filter), this.viewer, 'subdistrictId');
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'officeId', filter?.officeId);
    whereEquals(qb, 'agencyId', filter?.agencyId);
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'category', filter?.category);
    whereEquals(qb, 'externalId', filter?.externalId);
    whereInDistrict(qb, filter?.districtId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: OfficialOrderField.NAME }]);
  }

  /** Creates an official. BAD_USER_INPUT naming the field when rule 3 is not met; CONFLICT for a taken externalId. */
  async create(input: CreateOfficialInput): Promise<Official> {
    const placement: Placement = {
      category: input.category,
      officeId: input.officeId ?? null,
      agencyId: input.agencyId ?? null,
      neighborhoodId: input.neighborhoodId ?? null,
    };
    const subdistrictId = await this.placementSubdistrict(placement);
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(subdistrictId), 'add officials here');
    const repo = this.ctx.db.getRepository(Official);
    return repo.save(
      repo.create({ ...placement, name: input.name.trim(), title: input.title?.trim() ?? '', externalId: input.externalId ?? null, subdistrictId }),
    );
  }

  /** Changes an official; the result must still meet rule 3. NOT_FOUND, BAD_USER_INPUT, CONFLICT. */
  async update(id: string, input: UpdateOfficialInput): Promise<Official> {
    const official = await this.get(id);
    await this.assertAdminOver(official);
    const placement: Placement = {
      category: input.category ?? official.category,
      officeId: input.officeId !== undefined ? input.officeId : official.officeId,
      agencyId: input.agencyId !== undefined ? input.agencyId : official.agencyId,
      neighborhoodId: input.neighborhoodId !== undefined ? input.neighborhoodId : official.neighborhoodId,
    };
    const subdistrictId = await this.placementSubdistrict(placement);
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(subdistrictId), 'move officials there');
    Object.assign(official, placement, { subdistrictId });
    if (input.name != null) official.name = input.name.trim();
    if (input.title != null) official.title = input.title.trim();
    if (input.externalId !== undefined) official.externalId = input.externalId;
    return this.ctx.db.getRepository(Official).save(official);
  }

  /**
   * Checks DESIGN rule 3 for a placement and returns the subdistrict it puts the official in:
   * an AGENCY_HEAD has an agency and no office; a CIVIL_SERVANT or COMMUNITY_WORKER has an office
   * and no agency; a neighborhood, given only for a COMMUNITY_WORKER, lies in the same subdistrict. Errors name
   * `input.<field>`. Also used by the integration's bulk upsert (server/integration).
   */
  async placementSubdistrict(p: Placement): Promise<string> {
    const services = this.ctx.services();
    let subdistrictId: string;
    if (p.category === OfficialCategory.AGENCY_HEAD) {
      if (!p.agencyId) throw new BadUserInputError('input.agencyId: an AGENCY_HEAD belongs to a stationed agency; give agencyId', 'input.agencyId');
      if (p.officeId) throw new BadUserInputError('input.officeId: an AGENCY_HEAD belongs to an agency, not an office; leave officeId empty', 'input.officeId');
      subdistrictId = (await services.agencies.referenced(p.agencyId, 'input.agencyId')).subdistrictId;
    } else {
      if (!p.officeId) throw new BadUserInputError(`input.officeId: a ${p.category} belongs to a subdistrict office; give officeId`, 'input.officeId');
      if (p.agencyId) throw new BadUserInputError(`input.agencyId: a ${p.category} belongs to an office, not an agency; leave agencyId empty`, 'input.agencyId');
      subdistrictId = (await services.offices.referenced(p.officeId, 'input.officeId')).subdistrictId;
    }
    if (p.neighborhoodId && p.category !== OfficialCategory.COMMUNITY_WORKER) {
      throw new BadUserInputError(`input.neighborhoodId: only a COMMUNITY_WORKER serves a neighborhood; leave it empty for a ${p.category}`, 'input.neighborhoodId');
    }
    if (p.neighborhoodId) {
      const neighborhood = await services.neighborhoods.referenced(p.neighborhoodId, 'input.neighborhoodId');
      if (neighborhood.subdistrictId !== subdistrictId) {
        throw new BadUserInputError(`input.neighborhoodId: ${neighborhood.name} is not in the subdistrict the official serves`, 'input.neighborhoodId');
      }
    }
    return subdistrictId;
  }
}
