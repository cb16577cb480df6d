import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError } from '../core/errors';
import { applyCommonFilter, whereEquals, whereInDistrict } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService, type ServiceContext } from '../core/record.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { UserLoaders } from '../user/user.loaders';
import type { MatterLoaders } from './matter.loaders';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { WebhookEvent } from '../webhook';
import { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { ExtensionStatus, MatterEventKind, MatterStatus, MatterType } from './matter-enums';
import { loadUnit, MatterActor, partyGovernmentOffice, UnitRef } from './matter-access';
import { matterClock } from './matter-clock';
import { appendEvents, assertStatus, lockMatter, notifyMatter, ownerOf } from './matter-store';
import {
  MatterDecisionInput,
  MatterFilter,
  MatterOrder,
  MatterOrderField,
  MatterTextInput,
  ReceiveMatterInput,
  normalisePhone,
} from './matter.inputs';
import { maskName, maskPhone } from './personal-data';
import { dueAfterWorkingDays, startOfShanghaiDay, workingDaysBetween } from './working-days';
import { createMatter, EXTENDED_WORKING_DAYS, ReceivedMatter, receiptTimeProblem } from './matter-receipt';
import { matterReasons } from './reasons';

/** The loaders the matter service reads: its own, and the caller's user row (primed by the session check). */
type MatterServiceLoaders = MatterLoaders & Pick<UserLoaders, 'user'>;

/** The services the matter service calls. */
export interface MatterDeps {
  subdistricts: SubdistrictService;
}

const SORT_COLUMNS: Record<MatterOrderField, string> = {
  RECEIVED_AT: 'm.receivedAt',
  DUE_AT: 'm.dueAt',
  STATUS: 'm.status',
  OVERDUE: '(m.overdueAt IS NULL)',
};

/** The reporter of a matter as the caller may see them. */
export interface Reporter {
  name: string;
  phone: string;
  masked: boolean;
}

/**
 * Residents' matters (诉求) and docs/rules.md rule 13: receipt by the first receiver, who owns the matter;
 * response, resolution and the extension of COMPLEX matters; deadlines in working days; the
 * reporter's personal data. Transfers: matter-transfer.service.ts; the resident's side:
 * matter-resident.service.ts; the monthly ranking: matter-ranking.service.ts.
 */
export class MatterService extends RecordService<Matter, MatterServiceLoaders> {
  protected readonly typeName = 'Matter';

  constructor(
    ctx: ServiceContext<MatterServiceLoaders>,
    private readonly deps: MatterDeps,
  ) {
    super(ctx);
  }

  protected override readonly integrationReadScope = 'matters:read';
  private actorPromise?: Promise<MatterActor>;

  protected get loader() {
    return this.ctx.loaders.matter;
  }

  protected placeOf(matter: Matter) {
    return this.placeInSubdistrict(matter.subdistrictId);
  }

  /** Where a matter lies (its 街道 and district), for scope checks of other matter services. */
  placeOfMatter(matter: Matter) {
    return this.placeOf(matter);
  }

  /** The caller as the matter rules see them (their office or agency), looked up once per request. */
  actor(): Promise<MatterActor> {
    return (this.actorPromise ??= MatterActor.of(this.viewer, (id) => this.ctx.loaders.user.load(id)));
  }

  /** Roles that read residents' matters: staff, assessors, officials and (with matters:read) service tokens; not chairs or representatives. */
  private static readonly READERS: readonly Role[] = [Role.ADMIN, Role.ASSESSOR, Role.OFFICIAL, Role.INTEGRATION];

  /** The matter with this id within the caller's scope, or null (also for roles that read no matters). */
  override async find(id: string): Promise<Matter | null> {
    const matter = await super.find(id);
    return matter && MatterService.READERS.includes(this.viewer.role) ? matter : null;
  }

  /**
   * A page of the matters in the caller's scope matching `filter` (default order: overdue first,
   * then by due time). FORBIDDEN for CHAIR and REPRESENTATIVE users.
   */
  list(
    filter: MatterFilter | undefined,
    orderBy: MatterOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Matter>> {
    if (!MatterService.READERS.includes(this.viewer.role))
      throw new ForbiddenError(matterReasons.residentMattersRole({ role: this.viewer.role }));
    const qb = limitToScope(
      applyCommonFilter(this.ctx.db.getRepository(Matter).createQueryBuilder('m'), { ids: filter?.ids }),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereInDistrict(qb, filter?.districtId);
    whereEquals(qb, 'ownerOfficeId', filter?.ownerOfficeId);
    whereEquals(qb, 'ownerAgencyId', filter?.ownerAgencyId);
    whereEquals(qb, 'runAround', filter?.runAround);
    if (filter?.status) qb.andWhere('m.status = ANY(:statuses)', { statuses: filter.status });
    if (filter?.type) qb.andWhere('m.type = ANY(:types)', { types: filter.type });
    if (filter?.overdue !== undefined && filter.overdue !== null)
      qb.andWhere(filter.overdue ? 'm.overdueAt IS NOT NULL' : 'm.overdueAt IS NULL');
    if (filter?.dueBefore) qb.andWhere('m.dueAt < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter?.month) {
      const [year, month] = filter.month.split('-').map(Number);
      const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
      qb.andWhere('m.receivedAt >= :monthStart AND m.receivedAt < :monthEnd', {
        monthStart: startOfShanghaiDay(`${filter.month}-01`),
        monthEnd: startOfShanghaiDay(`${next}-01`),
      });
    }
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: MatterOrderField.OVERDUE },
      { field: MatterOrderField.DUE_AT },
    ]);
  }

  /** The matter's timeline, oldest first (through the request's loader). */
  events(matter: Matter): Promise<MatterEvent[]> {
    return this.ctx.loaders.matterEvents.load(matter.id);
  }

  /**
   * Receives a matter (docs/rules.md rule 13, 首接负责): the receiving office or agency owns it from now
   * on. Deadlines are set from the day of receipt: the first response at the end of the first
   * working day after it, the matter itself after 1 (CONSULTATION) or 5 working days. Returns the
   * resident's tracking code, shown this once. An ADMIN of the 街道 (its own staff, naming the
   * receiver) or the staff of the receiving unit. BAD_USER_INPUT naming the field for an unknown or
   * foreign 街道, neighborhood or receiver, a missing receiver, a receipt time in the future or
   * before 2000-01-01 UTC.
   */
  async receive(input: ReceiveMatterInput): Promise<ReceivedMatter> {
    const actor = await this.actor();
    const subdistrict = await this.deps.subdistricts.referenced(input.subdistrictId, 'input.subdistrictId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: subdistrict.districtId, subdistrictId: subdistrict.id },
      'receive matters in this 街道',
    );
    if (input.receiverOfficeId && input.receiverAgencyId)
      throw new BadUserInputError(matterReasons.oneReceiver(), 'input.receiverAgencyId');
    const named =
      input.receiverOfficeId || input.receiverAgencyId
        ? { officeId: input.receiverOfficeId ?? null, agencyId: input.receiverAgencyId ?? null }
        : actor.unit;
    const field = input.receiverAgencyId ? 'input.receiverAgencyId' : 'input.receiverOfficeId';
    if (!named) throw new BadUserInputError(matterReasons.receiverRequired(), field);
    const receiver = await loadUnit(this.ctx.db.manager, named);
    if (!receiver || receiver.subdistrictId !== subdistrict.id)
      throw new BadUserInputError(matterReasons.unknownUnitOf({ subdistrict: subdistrict.name }), field);
    actor.assertActsFor(receiver, subdistrict.id, receiver.name, 'receive matters for it');
    const now = matterClock.now();
    const timeProblem = input.receivedAt ? receiptTimeProblem(input.receivedAt, now) : null;
    if (timeProblem) throw new BadUserInputError(matterReasons.receivedAt({ timeProblem }), 'input.receivedAt');
    if (input.neighborhoodId)
      await this.assertNeighborhoodInDistrict(input.neighborhoodId, subdistrict.districtId, 'input.neighborhoodId');
    return this.ctx.db.transaction(async (manager) => {
      const received = await createMatter(
        manager,
        {
          type: input.type,
          channel: input.channel,
          subdistrictId: subdistrict.id,
          neighborhoodId: input.neighborhoodId ?? null,
          title: input.title.trim(),
          description: input.description.trim(),
          place: input.place?.trim() ?? '',
          reporterName: input.reporterName?.trim() ?? '',
          reporterPhone: input.reporterPhone ? normalisePhone(input.reporterPhone) : '',
          externalId: null,
        },
        receiver,
        input.receivedAt ?? now,
        actor.viewer.userId,
      );
      this.loader.prime(received.matter.id, received.matter);
      return received;
    });
  }

  /** BAD_USER_INPUT on `field` unless the neighborhood exists and lies in the district. */
  async assertNeighborhoodInDistrict(neighborhoodId: string, districtId: string, field: string): Promise<void> {
    const [row] = (await this.ctx.db.query(
      'SELECT s.district_id FROM neighborhood n JOIN subdistrict s ON s.id = n.subdistrict_id WHERE n.id = $1',
      [neighborhoodId],
    )) as { district_id: string }[];
    if (!row || row.district_id !== districtId) throw new BadUserInputError(matterReasons.unknownNeighborhood(), field);
  }

  /**
   * The owner answers the resident (the first answer sets `respondedAt`, which the response rate
   * counts). RECEIVED → IN_PROGRESS. FORBIDDEN (NOT_OWNER) unless the caller acts for the owner;
   * CONFLICT once resolved or while escalated.
   */
  respond(id: string, input: MatterTextInput): Promise<Matter> {
    return this.change(
      id,
      'answered',
      [MatterStatus.RECEIVED, MatterStatus.IN_PROGRESS],
      async (matter, actor, manager, now) => {
        actor.assertActsFor(ownerOf(matter), matter.subdistrictId, 'the owning office', 'answer this matter');
        matter.respondedAt ??= now;
        matter.response = input.text.trim();
        if (matter.status === MatterStatus.RECEIVED) matter.status = MatterStatus.IN_PROGRESS;
        await appendEvents(manager, matter.id, actor.viewer.userId, [
          { kind: MatterEventKind.RESPONDED, at: now, unit: ownerOf(matter), note: matter.response },
        ]);
      },
    );
  }

  /**
   * The owner resolves the matter, or the rectification a dissatisfied rating opened. Also counts
   * as the first response if none was given. Queues `matter.resolved`. FORBIDDEN (NOT_OWNER) for
   * anyone who does not act for the owner; CONFLICT when already resolved or while escalated.
   */
  resolve(id: string, input: MatterTextInput): Promise<Matter> {
    return this.change(
      id,
      'resolved',
      [MatterStatus.RECEIVED, MatterStatus.IN_PROGRESS, MatterStatus.RECTIFYING],
      async (matter, actor, manager, now) => {
        actor.assertActsFor(ownerOf(matter), matter.subdistrictId, 'the owning office', 'resolve this matter');
        const rectification = matter.status === MatterStatus.RECTIFYING;
        matter.respondedAt ??= now;
        matter.resolvedAt = now;
        matter.firstResolvedAt ??= now;
        matter.resolution = input.text.trim();
        matter.status = MatterStatus.RESOLVED;
        await appendEvents(manager, matter.id, actor.viewer.userId, [
          { kind: MatterEventKind.RESOLVED, at: now, unit: ownerOf(matter), note: matter.resolution },
        ]);
        const due = rectification ? matter.rectificationDueAt! : matter.dueAt;
        await notifyMatter(manager, matter, WebhookEvent.MATTER_RESOLVED, {
          resolvedAt: now.toISOString(),
          rectification,
          inTime: now.getTime() <= due.getTime(),
        });
      },
    );
  }

  /**
   * The owner of a COMPLEX matter asks for the 15-working-day deadline (once). BAD_USER_INPUT on
   * `id` for any other type (they allow no extension); CONFLICT for a second request; FORBIDDEN
   * (NOT_OWNER) unless the caller acts for the owner.
   */
  requestExtension(id: string, input: MatterTextInput): Promise<Matter> {
    return this.change(
      id,
      'extended',
      [MatterStatus.RECEIVED, MatterStatus.IN_PROGRESS],
      async (matter, actor, manager, now) => {
        if (matter.type !== MatterType.COMPLEX) {
          throw new BadUserInputError(matterReasons.noExtension({ type: matter.type, EXTENDED_WORKING_DAYS }), 'id');
        }
        actor.assertActsFor(ownerOf(matter), matter.subdistrictId, 'the owning office', 'ask for an extension');
        if (matter.extensionStatus) throw new ConflictError(matterReasons.extensionRequested(), 'id');
        matter.extensionStatus = ExtensionStatus.PENDING;
        await appendEvents(manager, matter.id, actor.viewer.userId, [
          { kind: MatterEventKind.EXTENSION_REQUESTED, at: now, unit: ownerOf(matter), note: input.text.trim() },
        ]);
      },
    );
  }

  /**
   * The 街道's PARTY_GOVERNMENT office approves or refuses a pending extension; approved, the
   * matter is due at the end of the 15th working day after receipt. CONFLICT when none is pending;
   * FORBIDDEN unless the caller acts for that office.
   */
  decideExtension(id: string, input: MatterDecisionInput): Promise<Matter> {
    return this.change(
      id,
      'extended',
      [MatterStatus.RECEIVED, MatterStatus.IN_PROGRESS],
      async (matter, actor, manager, now) => {
        if (matter.extensionStatus !== ExtensionStatus.PENDING)
          throw new ConflictError(matterReasons.noExtensionWaiting(), 'id');
        const decider = await partyGovernmentOffice(manager, matter.subdistrictId);
        actor.assertActsFor(decider, matter.subdistrictId, decider.name, 'decide extensions');
        matter.extensionStatus = input.approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        if (input.approve) matter.dueAt = dueAfterWorkingDays(matter.receivedAt, EXTENDED_WORKING_DAYS);
        await appendEvents(manager, matter.id, actor.viewer.userId, [
          {
            kind: MatterEventKind.EXTENSION_DECIDED,
            at: now,
            unit: decider,
            decision: matter.extensionStatus,
            note: input.reason.trim(),
          },
        ]);
      },
    );
  }

  /**
   * Runs one change of a matter in a transaction that locks it: NOT_FOUND outside the caller's
   * scope, CONFLICT (on `id`) unless its status is one of `statuses`; then `work` changes it and
   * appends its events; the matter is saved with them.
   */
  async change(
    id: string,
    what: string,
    statuses: readonly MatterStatus[],
    work: (matter: Matter, actor: MatterActor, manager: EntityManager, now: Date) => Promise<void>,
  ): Promise<Matter> {
    await this.get(id);
    const actor = await this.actor();
    const saved = await this.ctx.db.transaction(async (manager) => {
      const matter = await lockMatter(manager, id);
      assertStatus(matter, statuses, what);
      await work(matter, actor, manager, matterClock.now());
      return manager.getRepository(Matter).save(matter);
    });
    this.loader.clear(id).prime(id, saved);
    this.ctx.loaders.matterEvents.clear(id);
    return saved;
  }

  /**
   * The reporter's name and phone (docs/rules.md rule 13): in full only for callers who act for the
   * current owner (its staff, the 街道's own ADMINs), and each such view is written to the audit
   * log (one INSERT per request, whatever the number of matters); masked for everyone else.
   */
  async reporterOf(matter: Matter): Promise<Reporter> {
    const actor = await this.actor();
    if (!actor.actsFor(ownerOf(matter), matter.subdistrictId)) {
      return { name: maskName(matter.reporterName), phone: maskPhone(matter.reporterPhone), masked: true };
    }
    await (this.viewAudit ??= new DataLoader<string, true>(async (ids) => {
      await this.ctx.transaction((tx) =>
        tx.record(
          ...ids.map((entityId) => ({
            type: 'matter.personalDataViewed',
            actorId: actor.viewer.userId,
            entityType: 'Matter',
            entityId,
          })),
        ),
      );
      return ids.map(() => true as const);
    })).load(matter.id);
    return { name: matter.reporterName, phone: matter.reporterPhone, masked: false };
  }
  private viewAudit?: DataLoader<string, true>;

  /** Working days left until the matter is due (negative: how far past it); null once resolved. */
  workingDaysLeft(matter: Matter): number | null {
    if (matter.status === MatterStatus.RESOLVED) return null;
    const due = matter.status === MatterStatus.RECTIFYING ? matter.rectificationDueAt! : matter.dueAt;
    const now = matterClock.now();
    return now <= due ? workingDaysBetween(now, due) : -workingDaysBetween(due, now);
  }

  /** The office or agency a matter field refers to, by name (no scope: a unit's name is public). */
  async unitName(ref: UnitRef): Promise<string | null> {
    return (
      (await this.ctx.loaders.matterUnitName.load(ref.officeId ? `o:${ref.officeId}` : `a:${ref.agencyId}`)) ?? null
    );
  }

  /** FORBIDDEN unless the caller is staff of no office or agency, or of a different one than `unit`. */
  assertNotStaffOf(actor: MatterActor, unit: UnitRef, what: string): void {
    if (
      actor.unit &&
      ((actor.unit.officeId === unit.officeId && unit.officeId !== null) ||
        (actor.unit.agencyId === unit.agencyId && unit.agencyId !== null))
    ) {
      throw new ForbiddenError(matterReasons.ownerMayNot({ what }));
    }
  }
}
