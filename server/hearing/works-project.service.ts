import { snapshot } from '../core/domain-events';
import { BadUserInputError, ConflictError, NotFoundError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import { assertMay, limitToScope } from '../core/viewer';
import { IntegrationScope } from '../integration/integration-scope';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { HearingOutcome, WorksProjectStatus } from './hearing-enums';
import { Hearing, WorksProject } from './hearing.entity';
import { CreateWorksProjectInput, HearingFilter, StartWorksProjectInput } from './hearing.inputs';
import type { HearingLoaders } from './hearing.loaders';
import { hearingReasons } from './reasons';

/** What the audit log keeps of a project. */
const FIELDS: (keyof WorksProject)[] = ['id', 'neighborhoodId', 'name', 'status', 'startedAt', 'overrideReason'];

/** The services this service calls (the composition root passes them). */
export interface WorksProjectDeps {
  neighborhoods: NeighborhoodService;
}

/**
 * Works projects that need a hearing before they start (docs/rules.md rule 14). Every signed-in
 * user in scope reads them (service tokens with `self-governance:read`); an ADMIN over the 街道
 * records them and marks them started: only after a hearing whose outcome is SUPPORTED or
 * SUPPORTED_WITH_CONDITIONS, or by an override decision whose reason is recorded.
 */
export class WorksProjectService extends RecordService<WorksProject, HearingLoaders> {
  protected readonly typeName = 'WorksProject';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<HearingLoaders>,
    private readonly deps: WorksProjectDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.worksProject;
  }

  protected placeOf(project: WorksProject) {
    return this.placeInSubdistrict(project.subdistrictId);
  }

  /** A page of the projects in the caller's scope (latest recorded first). */
  list(filter: HearingFilter | undefined, page: PageArgs): Promise<Connection<WorksProject>> {
    const qb = limitToScope(
      this.ctx.db.getRepository(WorksProject).createQueryBuilder('p'),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    return paginate(qb, page, undefined, { CREATED_AT: 'p.createdAt' }, [
      { field: 'CREATED_AT', direction: OrderDirection.DESC },
    ]);
  }

  /** A project's hearings, by day. */
  hearingsOf(projectId: string): Promise<Hearing[]> {
    void this.viewer;
    return this.ctx.loaders.hearingsByProject.load(projectId);
  }

  /** Records a PLANNED project in a neighborhood (ADMIN over its 街道). BAD_USER_INPUT on `input.neighborhoodId`; FORBIDDEN. */
  async create(input: CreateWorksProjectInput): Promise<WorksProject> {
    const neighborhood = await this.deps.neighborhoods.referenced(input.neighborhoodId, 'input.neighborhoodId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      await this.placeInSubdistrict(neighborhood.subdistrictId),
      `record works in ${neighborhood.name}`,
    );
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(WorksProject);
      const created = await repo.save(
        repo.create({
          neighborhoodId: neighborhood.id,
          subdistrictId: neighborhood.subdistrictId,
          name: input.name.trim(),
          status: WorksProjectStatus.PLANNED,
          startedAt: null,
          overrideReason: null,
        }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'works_project.created',
        entityType: 'WorksProject',
        entityId: created.id,
        after: snapshot(created, FIELDS),
      });
      return created;
    });
  }

  /**
   * Marks a project started (ADMIN over its 街道, docs/rules.md rule 14): after a hearing whose
   * outcome is SUPPORTED or SUPPORTED_WITH_CONDITIONS; otherwise (no hearing, none decided, or
   * NOT_SUPPORTED) only with `input.overrideReason`, the reason of the decision that overrides, which
   * is recorded. BAD_USER_INPUT on `input.overrideReason` when it is needed and missing; NOT_FOUND;
   * FORBIDDEN; CONFLICT when already started. Nothing is written on error.
   */
  async start(id: string, input: StartWorksProjectInput): Promise<WorksProject> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'start this project');
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(WorksProject);
      const current = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      if (current.status === WorksProjectStatus.STARTED)
        throw new ConflictError(hearingReasons.projectAlreadyStarted(), 'id');
      const supported = await manager
        .getRepository(Hearing)
        .createQueryBuilder('h')
        .where('h.projectId = :id AND h.outcome IN (:...ok)', {
          id,
          ok: [HearingOutcome.SUPPORTED, HearingOutcome.SUPPORTED_WITH_CONDITIONS],
        })
        .getCount();
      const reason = input.overrideReason?.trim();
      if (supported === 0 && !reason)
        throw new BadUserInputError(hearingReasons.notSupported(), 'input.overrideReason');
      const before = snapshot(current, FIELDS);
      current.status = WorksProjectStatus.STARTED;
      current.startedAt = new Date();
      current.overrideReason = supported === 0 ? reason! : null;
      const result = await repo.save(current);
      await record({
        actorId: this.viewer.userId,
        type: 'works_project.started',
        entityType: 'WorksProject',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    return saved;
  }
}
