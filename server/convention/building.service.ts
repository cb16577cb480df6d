import { snapshot } from '../core/domain-events';
import { BadUserInputError, NotFoundError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import { assertMay, limitToScope } from '../core/viewer';
import { IntegrationScope } from '../integration/integration-scope';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { Building } from './building.entity';
import { ConventionVersionStatus } from './convention-enums';
import { BUILDING_FIELDS, ConventionEvent, conventionEvent, takeEffectIfReached } from './convention-events';
import { ConventionVersion } from './convention.entity';
import {
  BuildingFilter,
  BuildingOrder,
  BuildingOrderField,
  CreateBuildingInput,
  UpdateBuildingInput,
} from './convention.inputs';
import type { ConventionLoaders } from './convention.loaders';
import { conventionReasons } from './reasons';

const SORT_COLUMNS: Record<BuildingOrderField, string> = {
  NAME: 'b.name',
  HOUSEHOLDS: 'b.households',
  CREATED_AT: 'b.createdAt',
};

/** The services this service calls (the composition root passes them). */
export interface BuildingDeps {
  neighborhoods: NeighborhoodService;
}

/**
 * Buildings of a neighborhood with their households (docs/rules.md rule 14). Every signed-in user
 * in scope reads them (service tokens with `self-governance:read`); an ADMIN over the 街道 records
 * and changes them. A change of households is the base of the building's OPEN convention versions
 * from then on: a version already EFFECTIVE stays in effect with the count it took effect on, and an
 * OPEN version whose approvals now reach two thirds takes effect in the same transaction.
 */
export class BuildingService extends RecordService<Building, ConventionLoaders> {
  protected readonly typeName = 'Building';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<ConventionLoaders>,
    private readonly deps: BuildingDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.building;
  }

  protected placeOf(building: Building) {
    return this.placeInSubdistrict(building.subdistrictId);
  }

  /** A page of the buildings in the caller's scope matching `filter` (default order: by name). */
  list(
    filter: BuildingFilter | undefined,
    orderBy: BuildingOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Building>> {
    const qb = limitToScope(this.ctx.db.getRepository(Building).createQueryBuilder('b'), this.viewer, 'subdistrictId');
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: BuildingOrderField.NAME }]);
  }

  /**
   * Records a building of a neighborhood. BAD_USER_INPUT on `input.neighborhoodId` for an unknown
   * neighborhood; FORBIDDEN unless an ADMIN over its 街道; CONFLICT on `input.name` for a name the
   * neighborhood already has.
   */
  async create(input: CreateBuildingInput): Promise<Building> {
    const neighborhood = await this.deps.neighborhoods.referenced(input.neighborhoodId, 'input.neighborhoodId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      await this.placeInSubdistrict(neighborhood.subdistrictId),
      `record buildings of ${neighborhood.name}`,
    );
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(Building);
      const created = await repo.save(
        repo.create({
          neighborhoodId: neighborhood.id,
          subdistrictId: neighborhood.subdistrictId,
          name: input.name.trim(),
          households: input.households,
        }),
      );
      await record(
        conventionEvent(ConventionEvent.BUILDING_CREATED, this.viewer.userId, 'Building', created.id, {
          after: snapshot(created, BUILDING_FIELDS),
        }),
      );
      return created;
    });
  }

  /**
   * Changes a building's name or households (ADMIN over its 街道). A new number of households
   * counts for the building's OPEN versions from now on (one whose approvals now reach two thirds
   * takes effect); EFFECTIVE versions stay in effect (docs/rules.md rule 14). NOT_FOUND; FORBIDDEN;
   * BAD_USER_INPUT on `input.households` when fewer than the live codes issued for an OPEN version
   * (void unused ones first); CONFLICT on `input.name` for a taken name.
   */
  async update(id: string, input: UpdateBuildingInput): Promise<Building> {
    const found = await this.get(id);
    await this.assertAdminOver(found);
    const saved = await this.ctx.transaction(async (tx) => {
      const repo = tx.manager.getRepository(Building);
      const current = await repo
        .createQueryBuilder('b')
        .setLock('pessimistic_write')
        .where('b.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      const before = snapshot(current, BUILDING_FIELDS);
      if (input.name != null) current.name = input.name.trim();
      const open = await tx.manager
        .getRepository(ConventionVersion)
        .createQueryBuilder('v')
        .setLock('pessimistic_write')
        .where('v.buildingId = :id AND v.status = :open', { id, open: ConventionVersionStatus.OPEN })
        .orderBy('v.createdAt', 'ASC')
        .getMany();
      if (input.households != null) {
        const [most] = (await tx.manager.query(
          `SELECT coalesce(max(n), 0)::int AS n FROM (SELECT count(*) AS n FROM household_code WHERE version_id = ANY($1) AND NOT voided GROUP BY version_id) c`,
          [open.map((v) => v.id)],
        )) as { n: number }[];
        if (input.households < most.n)
          throw new BadUserInputError(conventionReasons.householdsBelowCodes({ n: most.n }), 'input.households');
        current.households = input.households;
      }
      const result = await repo.save(current);
      await tx.record(
        conventionEvent(ConventionEvent.BUILDING_UPDATED, this.viewer.userId, 'Building', id, {
          before,
          after: snapshot(result, BUILDING_FIELDS),
        }),
      );
      for (const version of open) await takeEffectIfReached(tx, version, result.households, this.viewer.userId);
      return result;
    });
    this.loader.clear(id);
    this.ctx.loaders.conventionVersion.clearAll();
    this.ctx.loaders.versionsByConvention.clearAll();
    return saved;
  }
}
