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
];

/** The services this service calls (the composition root passes them). */
export interface BreachDeps {
  conventions: ConventionService;
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
   * Records a breach of a convention in effect (ADMIN over its 街道). BAD_USER_INPUT on
   * `input.conventionId` for an unknown convention or one with no version in effect; FORBIDDEN.
   */
  async record(input: RecordConventionBreachInput): Promise<ConventionBreach> {
    const convention = await this.deps.conventions.referenced(input.conventionId, 'input.conventionId');
    const place = await this.placeInSubdistrict(convention.subdistrictId);
    assertMay(this.viewer, [Role.ADMIN], place, 'record breaches of this convention');
    const effective = await this.deps.conventions.effectiveVersionOf(convention.id);
    if (!effective) throw new BadUserInputError(conventionReasons.noVersionInEffect(), 'input.conventionId');
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(ConventionBreach);
      const created = await repo.save(
        repo.create({
          conventionId: convention.id,
          versionId: effective.id,
          subdistrictId: convention.subdistrictId,
          occurredOn: input.occurredOn,
          description: input.description.trim(),
          publicPropertyDamaged: input.publicPropertyDamaged ?? false,
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
