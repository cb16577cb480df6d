import { snapshot } from '../core/domain-events';
import { BadUserInputError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import type { ServiceContext } from '../core/request-context';
import { IntegrationScope } from '../integration/integration-scope';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { BreachFollowUp, ConventionBreach } from './breach.entity';
import { ConventionEvent, conventionEvent } from './convention-events';
import {
  ConventionBreachFilter,
  ConventionBreachOrder,
  ConventionBreachOrderField,
  FollowUpConventionBreachInput,
  RecordConventionBreachInput,
} from './convention.inputs';
import type { ConventionLoaders } from './convention.loaders';
import type { ConventionService } from './convention.service';
import type { Building } from './building.entity';
import type { EntityManager } from 'typeorm';
import { loadUnit, partyGovernmentOffice, type MatterActor } from '../matter/matter-access';
import { matterClock } from '../matter/matter-clock';
import { MatterChannel, MatterType } from '../matter/matter-enums';
import type { Matter } from '../matter/matter.entity';
import type { MatterService } from '../matter/matter.service';
import { createMatter } from '../matter/matter-receipt';
import { conventionReasons } from './reasons';

const SORT_COLUMNS: Record<ConventionBreachOrderField, string> = {
  OCCURRED_ON: 'b.occurredOn',
  CREATED_AT: 'b.createdAt',
};

/** What the audit log keeps of a breach. */
const BREACH_FIELDS: (keyof ConventionBreach)[] = [
  'id',
  'conventionId',
  'versionId',
  'occurredOn',
  'description',
  'publicPropertyDamaged',
  'matterId',
];

/** The services this service calls (the composition root passes them). */
export interface BreachDeps {
  conventions: ConventionService;
  matters: MatterService;
}

/**
 * Breaches of building conventions and their follow-ups (docs/rules.md rule 14): an ADMIN over the
 * 街道 records a breach of a convention in effect and each follow-up of the residents' committee,
 * the owners' committee or the property company; every signed-in user in scope reads them.
 */
export class BreachService extends RecordService<ConventionBreach, ConventionLoaders> {
  protected readonly typeName = 'ConventionBreach';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<ConventionLoaders>,
    private readonly deps: BreachDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.conventionBreach;
  }

  protected placeOf(breach: ConventionBreach) {
    return this.placeInSubdistrict(breach.subdistrictId);
  }

  /** A page of the breaches in the caller's scope matching `filter` (default order: latest first). */
  list(
    filter: ConventionBreachFilter | undefined,
    orderBy: ConventionBreachOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<ConventionBreach>> {
    const qb = limitToScope(
      this.ctx.db.getRepository(ConventionBreach).createQueryBuilder('b'),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'conventionId', filter?.conventionId);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: ConventionBreachOrderField.OCCURRED_ON, direction: OrderDirection.DESC },
    ]);
  }

  /** A breach's follow-ups, in the order recorded. */
  followUpsOf(breachId: string): Promise<BreachFollowUp[]> {
    void this.viewer;
    return this.ctx.loaders.followUpsByBreach.load(breachId);
  }

  /**
   * The matter a breach escalated to, as the caller reads matters: null when none, for roles that
   * read no matters, or for a service token without `matters:read` (docs/rules.md rule 13).
   */
  async matterOf(breach: ConventionBreach): Promise<Matter | null> {
    const viewer = this.viewer;
    if (!breach.matterId) return null;
    if (viewer.role === Role.INTEGRATION && !(viewer.scopes ?? []).includes(IntegrationScope.MATTERS_READ)) return null;
    return this.deps.matters.find(breach.matterId);
  }

  /**
   * Records a breach of a convention in effect (ADMIN over its 街道). When public property was
   * damaged it escalates, in the same transaction, to a resident's matter (诉求) of the 街道, a
   * COMPLAINT by channel CONVENTION_BREACH in the building's neighborhood, received by the
   * recorder's own office or agency of that 街道 (首接负责), else by its PARTY_GOVERNMENT office; from
   * then on the matter follows docs/rules.md rule 13 (deadlines, transfers, no run-around), and
   * the breach links it (`matterId`). No tracking code is handed out: no resident reported it.
   * BAD_USER_INPUT on `input.conventionId` for an unknown convention or one with no version in
   * effect; FORBIDDEN. docs/rules.md rule 14.
   */
  async record(input: RecordConventionBreachInput): Promise<ConventionBreach> {
    const convention = await this.deps.conventions.referenced(input.conventionId, 'input.conventionId');
    const place = await this.placeInSubdistrict(convention.subdistrictId);
    assertMay(this.viewer, [Role.ADMIN], place, 'record breaches of this convention');
    const effective = await this.deps.conventions.effectiveVersionOf(convention.id);
    if (!effective) throw new BadUserInputError(conventionReasons.noVersionInEffect(), 'input.conventionId');
    const damaged = input.publicPropertyDamaged ?? false;
    const building = damaged ? await this.ctx.loaders.building.load(convention.buildingId) : null;
    const actor = damaged ? await this.deps.matters.actor() : null;
    return this.ctx.transaction(async ({ manager, record }) => {
      const matter = building && actor ? await this.escalate(manager, building, actor, input) : null;
      const repo = manager.getRepository(ConventionBreach);
      const created = await repo.save(
        repo.create({
          conventionId: convention.id,
          versionId: effective.id,
          subdistrictId: convention.subdistrictId,
          occurredOn: input.occurredOn,
          description: input.description.trim(),
          publicPropertyDamaged: damaged,
          matterId: matter?.id ?? null,
        }),
      );
      await record(
        conventionEvent(ConventionEvent.BREACH_RECORDED, this.viewer.userId, 'ConventionBreach', created.id, {
          after: snapshot(created, BREACH_FIELDS),
        }),
      );
      return created;
    });
  }

  /**
   * The resident's matter a breach that damaged public property escalates to, received in the
   * caller's transaction by the recorder's own unit of the building's 街道, else by its
   * PARTY_GOVERNMENT office (docs/rules.md rules 13 and 14).
   */
  private async escalate(
    manager: EntityManager,
    building: Building,
    actor: MatterActor,
    input: RecordConventionBreachInput,
  ): Promise<Matter> {
    const own = actor.unit ? await loadUnit(manager, actor.unit) : null;
    const receiver =
      own && own.subdistrictId === building.subdistrictId
        ? own
        : await partyGovernmentOffice(manager, building.subdistrictId);
    const { matter } = await createMatter(
      manager,
      {
        type: MatterType.COMPLAINT,
        channel: MatterChannel.CONVENTION_BREACH,
        subdistrictId: building.subdistrictId,
        neighborhoodId: building.neighborhoodId,
        title: `${building.name}：违反居民公约，公共财产受损`.slice(0, 200),
        description: input.description.trim(),
        place: building.name.slice(0, 200),
        reporterName: '',
        reporterPhone: '',
        externalId: null,
      },
      receiver,
      matterClock.now(),
      this.viewer.userId,
    );
    return matter;
  }

  /** Records a follow-up of a breach (ADMIN over its 街道). BAD_USER_INPUT on `input.breachId` for an unknown breach; FORBIDDEN. */
  async followUp(input: FollowUpConventionBreachInput): Promise<ConventionBreach> {
    const breach = await this.referenced(input.breachId, 'input.breachId');
    await this.assertAdminOver(breach, 'follow up this breach');
    await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(BreachFollowUp);
      const created = await repo.save(
        repo.create({ breachId: breach.id, party: input.party, action: input.action.trim() }),
      );
      await record(
        conventionEvent(ConventionEvent.BREACH_FOLLOWED_UP, this.viewer.userId, 'ConventionBreach', breach.id, {
          after: snapshot(created, ['id', 'breachId', 'party', 'action']),
        }),
      );
    });
    this.ctx.loaders.followUpsByBreach.clear(breach.id);
    return breach;
  }
}
