import { snapshot } from '../core/domain-events';
import { batchWriter, checkBatch, writeBatch, type UpsertOutcome } from '../core/upsert-batch';
import { ConflictError, NotFoundError } from '../core/errors';
import { isId } from '../core/ids';
import { whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import { assertMay, limitToScope } from '../core/viewer';
import { IntegrationScope } from '../integration/integration-scope';
import type { BuildingService } from './building.service';
import { ConventionVersionStatus } from './convention-enums';
import { ConventionEvent, conventionEvent, VERSION_FIELDS } from './convention-events';
import { BuildingConvention, ConventionVersion } from './convention.entity';
import {
  AddConventionVersionInput,
  BuildingConventionFilter,
  BuildingConventionOrder,
  BuildingConventionOrderField,
  CreateBuildingConventionInput,
  MAX_UPSERT_ROWS,
  UpsertBuildingConventionInput,
} from './convention.inputs';
import type { ConventionLoaders } from './convention.loaders';
import type { Transaction } from '../core/domain-events';
import { conventionReasons } from './reasons';

const SORT_COLUMNS: Record<BuildingConventionOrderField, string> = {
  TITLE: 'c.title',
  CREATED_AT: 'c.createdAt',
};

/** The services this service calls (the composition root passes them). */
export interface ConventionDeps {
  buildings: BuildingService;
}

/**
 * Building conventions and their versions (居民公约, docs/rules.md rule 14). Every signed-in user in
 * scope reads them (service tokens with `self-governance:read`); an ADMIN over the 街道 writes them
 * in, adds versions and withdraws OPEN ones. A version's text never changes; at most one version
 * of a convention is OPEN at a time.
 */
export class ConventionService extends RecordService<BuildingConvention, ConventionLoaders> {
  protected readonly typeName = 'BuildingConvention';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<ConventionLoaders>,
    private readonly deps: ConventionDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.buildingConvention;
  }

  protected placeOf(convention: BuildingConvention) {
    return this.placeInSubdistrict(convention.subdistrictId);
  }

  /** A page of the conventions in the caller's scope matching `filter` (default order: by title). */
  list(
    filter: BuildingConventionFilter | undefined,
    orderBy: BuildingConventionOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<BuildingConvention>> {
    const qb = limitToScope(
      this.ctx.db.getRepository(BuildingConvention).createQueryBuilder('c'),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'buildingId', filter?.buildingId);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: BuildingConventionOrderField.TITLE }]);
  }

  /** The version with this id in the caller's scope, or null. */
  findVersion(id: string): Promise<ConventionVersion | null> {
    void this.viewer;
    return isId(id) ? this.ctx.loaders.conventionVersion.load(id) : Promise.resolve(null);
  }

  /** The version with this id; NOT_FOUND when there is none in the caller's scope. */
  async getVersion(id: string): Promise<ConventionVersion> {
    const version = await this.findVersion(id);
    if (!version) throw new NotFoundError('ConventionVersion', id);
    return version;
  }

  /** A convention's versions, by number. */
  versionsOf(conventionId: string): Promise<ConventionVersion[]> {
    void this.viewer;
    return this.ctx.loaders.versionsByConvention.load(conventionId);
  }

  /** The convention's version in effect, or null. */
  async effectiveVersionOf(conventionId: string): Promise<ConventionVersion | null> {
    const versions = await this.versionsOf(conventionId);
    return versions.find((v) => v.status === ConventionVersionStatus.EFFECTIVE) ?? null;
  }

  /**
   * Writes in a building's convention with the text of version 1, OPEN for approval. A building
   * has one convention (docs/rules.md rule 14), whose text changes by versions: CONFLICT on
   * `input.buildingId` when it already has one. BAD_USER_INPUT on `input.buildingId` for an
   * unknown building; FORBIDDEN unless an ADMIN over its 街道.
   */
  async create(input: CreateBuildingConventionInput): Promise<BuildingConvention> {
    const building = await this.deps.buildings.referenced(input.buildingId, 'input.buildingId');
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(building.subdistrictId), 'write conventions in');
    return this.ctx.transaction(async (tx) => {
      await tx.manager.query(`SELECT id FROM building WHERE id = $1 FOR UPDATE`, [building.id]);
      const repo = tx.manager.getRepository(BuildingConvention);
      if (await repo.existsBy({ buildingId: building.id }))
        throw new ConflictError(conventionReasons.buildingHasConvention(), 'input.buildingId');
      const created = await repo.save(
        repo.create({ buildingId: building.id, subdistrictId: building.subdistrictId, title: input.title.trim() }),
      );
      await tx.record(
        conventionEvent(ConventionEvent.CONVENTION_CREATED, this.viewer.userId, 'BuildingConvention', created.id, {
          after: snapshot(created, ['id', 'buildingId', 'subdistrictId', 'title']),
        }),
      );
      await this.insertVersion(tx, created, 1, input.text);
      return created;
    });
  }

  /**
   * Conventions a district system keeps, by externalId within their 街道 (an ADMIN over each row's
   * 街道, or a service token with `self-governance:write`), at most 200 in one transaction: a new
   * externalId writes in a convention with `text` as version 1, OPEN for approval, as
   * `createBuildingConvention` does; a known one takes the row's title (its text then is not
   * read: later versions are `addConventionVersion`'s, and only households approve them); one
   * that already has it is left as it is (the same batch twice changes nothing). BAD_USER_INPUT
   * naming `input[i].<field>` with `extensions.errors` listing every bad row — an unknown building,
   * a known convention moved to another building, a new externalId for a building that already has
   * a convention or another row's (`buildingId`, the CONFLICT of `createBuildingConvention`) — and
   * nothing is written; FORBIDDEN.
   */
  async upsert(rows: UpsertBuildingConventionInput[]): Promise<UpsertOutcome<BuildingConvention>> {
    const viewer = batchWriter(this.ctx.viewer, IntegrationScope.SELF_GOVERNANCE_WRITE, 'upsert conventions');
    const rowOfBuilding = new Map<string, string>();
    const drafts = await checkBatch(rows, UpsertBuildingConventionInput, MAX_UPSERT_ROWS, async (row) => {
      const building = await this.deps.buildings.referenced(row.buildingId, 'input.buildingId');
      const place = await this.placeInSubdistrict(building.subdistrictId);
      assertMay(viewer, [Role.ADMIN, Role.INTEGRATION], place, 'write conventions in');
      await this.assertOneConvention(building.id, row.externalId, rowOfBuilding);
      return { buildingId: building.id, subdistrictId: building.subdistrictId, title: row.title.trim() };
    });
    const outcome = await this.ctx.transaction((tx) =>
      writeBatch(
        tx,
        BuildingConvention,
        rows.map((row, i) => ({
          externalId: row.externalId,
          values: drafts[i],
          refuse: (current: BuildingConvention | null) =>
            current && current.buildingId !== drafts[i].buildingId
              ? { field: 'buildingId', reason: conventionReasons.buildingFixed() }
              : null,
          created: async (convention: BuildingConvention) => {
            await this.insertVersion(tx, convention, 1, row.text);
          },
        })),
        {
          entityType: 'BuildingConvention',
          created: ConventionEvent.CONVENTION_CREATED,
          updated: ConventionEvent.CONVENTION_UPDATED,
          actorId: viewer.userId,
          fields: ['id', 'externalId', 'buildingId', 'subdistrictId', 'title'],
        },
      ),
    );
    outcome.records.forEach((c) => this.loader.clear(c.id).prime(c.id, c));
    return outcome;
  }

  /**
   * Adds a version of a convention's text, OPEN for approval (ADMIN over its 街道). BAD_USER_INPUT
   * on `input.conventionId` for an unknown convention; CONFLICT on `input.conventionId` while
   * another version is OPEN (withdraw it first).
   */
  async addVersion(input: AddConventionVersionInput): Promise<ConventionVersion> {
    const convention = await this.referenced(input.conventionId, 'input.conventionId');
    await this.assertAdminOver(convention, 'add versions to this convention');
    const version = await this.ctx.transaction(async (tx) => {
      const locked = await tx.manager
        .getRepository(BuildingConvention)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: convention.id })
        .getOneOrFail();
      const [last] = (await tx.manager.query(
        `SELECT coalesce(max(number), 0)::int AS number, count(*) FILTER (WHERE status = 'OPEN')::int AS open FROM convention_version WHERE convention_id = $1`,
        [locked.id],
      )) as { number: number; open: number }[];
      if (last.open > 0) throw new ConflictError(conventionReasons.versionStillOpen(), 'input.conventionId');
      return this.insertVersion(tx, locked, last.number + 1, input.text);
    });
    this.ctx.loaders.versionsByConvention.clear(convention.id);
    return version;
  }

  /** Withdraws an OPEN version (ADMIN over its 街道): its codes open nothing any more. NOT_FOUND; FORBIDDEN; CONFLICT unless OPEN. */
  async withdrawVersion(id: string): Promise<ConventionVersion> {
    const found = await this.getVersion(id);
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(found.subdistrictId), 'withdraw this version');
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(ConventionVersion);
      const current = await repo
        .createQueryBuilder('v')
        .setLock('pessimistic_write')
        .where('v.id = :id', { id })
        .getOneOrFail();
      if (current.status !== ConventionVersionStatus.OPEN)
        throw new ConflictError(conventionReasons.onlyOpenWithdrawn({ status: current.status }), 'id');
      const before = snapshot(current, VERSION_FIELDS);
      current.status = ConventionVersionStatus.WITHDRAWN;
      const result = await repo.save(current);
      await record(
        conventionEvent(ConventionEvent.VERSION_WITHDRAWN, this.viewer.userId, 'ConventionVersion', id, {
          before,
          after: snapshot(result, VERSION_FIELDS),
        }),
      );
      return result;
    });
    this.ctx.loaders.conventionVersion.clear(id);
    this.ctx.loaders.versionsByConvention.clear(saved.conventionId);
    return saved;
  }

  /**
   * A building has one convention (docs/rules.md rule 14): CONFLICT on `input.buildingId` when the
   * building's convention is not the one `externalId` names, or when an earlier row of the batch
   * (`rowOfBuilding`: building id → its externalId) gives the building another one.
   */
  private async assertOneConvention(
    buildingId: string,
    externalId: string,
    rowOfBuilding: Map<string, string>,
  ): Promise<void> {
    const earlier = rowOfBuilding.get(buildingId);
    const existing = await this.ctx.db.getRepository(BuildingConvention).findOneBy({ buildingId });
    if ((existing && existing.externalId !== externalId) || (earlier !== undefined && earlier !== externalId))
      throw new ConflictError(conventionReasons.buildingHasConvention(), 'input.buildingId');
    rowOfBuilding.set(buildingId, externalId);
  }

  private async insertVersion(
    tx: Transaction,
    convention: BuildingConvention,
    number: number,
    text: string,
  ): Promise<ConventionVersion> {
    const repo = tx.manager.getRepository(ConventionVersion);
    const version = await repo.save(
      repo.create({
        conventionId: convention.id,
        buildingId: convention.buildingId,
        subdistrictId: convention.subdistrictId,
        number,
        text: text.trim(),
        status: ConventionVersionStatus.OPEN,
        approvals: 0,
        rejections: 0,
        effectiveAt: null,
        householdsAtEffect: null,
        // A service token is no user: a version it writes in has no author.
        createdById: this.ctx.viewer?.role === Role.INTEGRATION ? null : (this.ctx.viewer?.userId ?? null),
      }),
    );
    await tx.record(
      conventionEvent(ConventionEvent.VERSION_ADDED, this.ctx.viewer?.userId ?? null, 'ConventionVersion', version.id, {
        after: { ...snapshot(version, VERSION_FIELDS), text: version.text },
      }),
    );
    return version;
  }
}
