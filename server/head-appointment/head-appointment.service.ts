import { EntityManager, IsNull } from 'typeorm';
import { snapshot } from '../core/domain-events';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { shanghaiToday } from '../core/shanghai-day';
import { assertMay, limitToScope } from '../core/viewer';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { OfficialCategory } from '../official/official-category';
import { Official } from '../official/official.entity';
import { Role } from '../core/role';
import { HeadAppointmentDecision, HeadAppointmentStatus } from './head-appointment-status';
import { HeadAppointment } from './head-appointment.entity';
import {
  HeadAppointmentFilter,
  HeadAppointmentOrder,
  HeadAppointmentOrderField,
  ProposeHeadAppointmentInput,
} from './head-appointment.inputs';
import { saysSomething } from '../core/inputs';
import type { ServiceContext } from '../core/request-context';
import type { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import type { Headship, OfficialService } from '../official/official.service';
import type { HeadAppointmentLoaders } from './head-appointment.loaders';
import type { OfficialLoaders } from '../official/official.loaders';
import { headAppointmentReasons } from './reasons';

const SORT_COLUMNS: Record<HeadAppointmentOrderField, string> = {
  PROPOSED_AT: 'h.proposedAt',
  DECIDED_AT: 'h.decidedAt',
  STARTS_ON: 'h.startsOn',
  STATUS: 'h.status',
};

/** What the audit log keeps of an appointment. */
const FIELDS: (keyof HeadAppointment)[] = [
  'id',
  'agencyId',
  'officialId',
  'status',
  'reason',
  'proposedById',
  'decidedById',
  'startsOn',
  'endsOn',
];

/** Longest reason a decision may give. */
const MAX_REASON = 1000;
/** The loaders this service reads. */
type HeadAppointmentServiceLoaders = HeadAppointmentLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface HeadAppointmentDeps {
  agencies: DispatchedAgencyService;
  officials: OfficialService;
}

/**
 * Agency-head appointments under the party working committee's right of consent (征得同意权,
 * docs/rules.md rule 2). A district ADMIN (the department's side) proposes one of the agency's
 * AGENCY_HEAD officials; an ADMIN of the agency's subdistrict (the committee's side) or of its
 * district consents or refuses. Only consent makes the official head, ending the previous head's
 * term that day; refused and ended appointments stay as history. Every change is audited in its
 * transaction.
 */
export class HeadAppointmentService extends RecordService<HeadAppointment, HeadAppointmentServiceLoaders> {
  protected readonly typeName = 'HeadAppointment';

  constructor(
    ctx: ServiceContext<HeadAppointmentServiceLoaders>,
    private readonly deps: HeadAppointmentDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.headAppointment;
  }

  protected placeOf(appointment: HeadAppointment) {
    return this.placeInSubdistrict(appointment.subdistrictId);
  }

  /** The agency's current head (the official of its consented appointment whose term lasts), or null. */
  async headOf(agencyId: string): Promise<Official | null> {
    void this.viewer;
    const head = await this.ctx.loaders.currentHeadByAgency.load(agencyId);
    if (!head) return null;
    // Read through the officials' service (its checks apply) from the loader primed with the row.
    this.ctx.loaders.official.prime(head.id, head);
    return this.deps.officials.find(head.id);
  }

  /**
   * The open CONSENTED appointments (agency heads in office, docs/rules.md rule 2) of these
   * officials, in one statement, through `manager` when given: what the official service checks
   * before it moves or deletes an official.
   */
  async currentHeadships(officialIds: string[], manager: EntityManager = this.ctx.db.manager): Promise<Headship[]> {
    if (officialIds.length === 0) return [];
    const rows: { official_id: string; agency_id: string; name: string }[] = await manager.query(
      `SELECT h.official_id, h.agency_id, a.name FROM head_appointment h JOIN dispatched_agency a ON a.id = h.agency_id
        WHERE h.official_id = ANY($1::uuid[]) AND h.status = 'CONSENTED' AND h.ends_on IS NULL`,
      [officialIds],
    );
    return rows.map((r) => ({ officialId: r.official_id, agencyId: r.agency_id, agencyName: r.name }));
  }

  /** The agency's consented appointments, earliest term first: its history of heads. */
  historyOf(agencyId: string): Promise<HeadAppointment[]> {
    void this.viewer;
    return this.ctx.loaders.headHistoryByAgency.load(agencyId);
  }

  /** Every appointment of an official, whatever its status, in the order proposed. */
  ofOfficial(officialId: string): Promise<HeadAppointment[]> {
    void this.viewer;
    return this.ctx.loaders.headAppointmentsByOfficial.load(officialId);
  }

  /** A page of the appointments in the caller's scope matching `filter` (default order: latest proposal first). */
  list(
    filter: HeadAppointmentFilter | undefined,
    orderBy: HeadAppointmentOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<HeadAppointment>> {
    const qb = limitToScope(
      this.ctx.db.getRepository(HeadAppointment).createQueryBuilder('h'),
      this.viewer,
      'subdistrictId',
    );
    if (filter?.ids) qb.andWhere('h.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'agencyId', filter?.agencyId);
    whereEquals(qb, 'officialId', filter?.officialId);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'status', filter?.status);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: HeadAppointmentOrderField.PROPOSED_AT, direction: OrderDirection.DESC },
    ]);
  }

  /**
   * Proposes an agency's head (the department's side: an ADMIN whose scope is the agency's whole
   * district). BAD_USER_INPUT on `input.agencyId` for an unknown agency, on `input.officialId` for a
   * candidate who is not an AGENCY_HEAD of that agency or already its head; FORBIDDEN; CONFLICT
   * while another proposal for the agency waits for a decision.
   */
  async propose(input: ProposeHeadAppointmentInput): Promise<HeadAppointment> {
    const services = this.deps;
    const agency = await services.agencies.referenced(input.agencyId, 'input.agencyId');
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(agency.subdistrictId), 'propose agency heads');
    if (this.viewer.subdistrictId) {
      throw new ForbiddenError(headAppointmentReasons.proposeDistrictOnly());
    }
    const official = await services.officials.referenced(input.officialId, 'input.officialId');
    if (official.category !== OfficialCategory.AGENCY_HEAD || official.agencyId !== agency.id) {
      throw new BadUserInputError(
        headAppointmentReasons.notAgencyHead({ official: official.name, agency: agency.name }),
        'input.officialId',
      );
    }
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      await this.lockAgency(manager, agency.id);
      const repo = manager.getRepository(HeadAppointment);
      const current = await repo.findOneBy({
        agencyId: agency.id,
        status: HeadAppointmentStatus.CONSENTED,
        endsOn: IsNull(),
      });
      if (current?.officialId === official.id)
        throw new BadUserInputError(
          headAppointmentReasons.alreadyHead({ official: official.name, agency: agency.name }),
          'input.officialId',
        );
      if (await repo.existsBy({ agencyId: agency.id, status: HeadAppointmentStatus.PROPOSED })) {
        throw new ConflictError(headAppointmentReasons.pendingProposal({ agency: agency.name }), 'input.agencyId');
      }
      const appointment = await repo.save(
        repo.create({
          agencyId: agency.id,
          officialId: official.id,
          subdistrictId: agency.subdistrictId,
          status: HeadAppointmentStatus.PROPOSED,
          reason: null,
          proposedById: this.viewer.userId,
          decidedAt: null,
          decidedById: null,
          startsOn: input.startsOn ?? null,
          endsOn: null,
        }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'head_appointment.proposed',
        entityType: 'HeadAppointment',
        entityId: appointment.id,
        after: snapshot(appointment, FIELDS),
      });
      return appointment;
    });
    this.clearAgency(agency.id, official.id);
    return saved;
  }

  /**
   * The party working committee's decision (an ADMIN whose scope covers the agency's subdistrict).
   * CONSENTED makes the candidate head from `startsOn` (default: today in Shanghai) and ends the
   * previous head's term that day; REFUSED needs a `reason`. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on
   * `reason`; CONFLICT unless PROPOSED, or when the term would start before the previous head's.
   */
  async decide(
    id: string,
    decision: HeadAppointmentDecision,
    reason: string | null | undefined,
  ): Promise<HeadAppointment> {
    const found = await this.get(id);
    assertMay(this.viewer, [Role.ADMIN], await this.placeOf(found), 'decide on agency heads');
    const why = saysSomething(reason) ? reason.trim() : null;
    if (decision === HeadAppointmentDecision.REFUSED && !why)
      throw new BadUserInputError(headAppointmentReasons.refusalReason(), 'reason');
    if (why && why.length > MAX_REASON)
      throw new BadUserInputError(headAppointmentReasons.reasonTooLong({ max: MAX_REASON }), 'reason');
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      await this.lockAgency(manager, found.agencyId);
      const repo = manager.getRepository(HeadAppointment);
      const appointment = await repo.findOneBy({ id });
      if (!appointment) throw new NotFoundError(this.typeName, id);
      if (appointment.status !== HeadAppointmentStatus.PROPOSED)
        throw new ConflictError(headAppointmentReasons.alreadyDecided({ status: appointment.status }));
      const before = snapshot(appointment, FIELDS);
      appointment.status =
        decision === HeadAppointmentDecision.CONSENTED
          ? HeadAppointmentStatus.CONSENTED
          : HeadAppointmentStatus.REFUSED;
      appointment.reason = why;
      appointment.decidedAt = new Date();
      appointment.decidedById = this.viewer.userId;
      if (appointment.status === HeadAppointmentStatus.CONSENTED) {
        await this.assertStillCandidate(manager, appointment);
        appointment.startsOn ??= shanghaiToday(appointment.decidedAt);
        const previous = await repo.findOneBy({
          agencyId: appointment.agencyId,
          status: HeadAppointmentStatus.CONSENTED,
          endsOn: IsNull(),
        });
        if (previous) {
          if (previous.startsOn && previous.startsOn > appointment.startsOn) {
            throw new ConflictError(
              headAppointmentReasons.startsBeforePrevious({
                startsOn: appointment.startsOn,
                startsOn2: previous.startsOn,
              }),
            );
          }
          const previousBefore = snapshot(previous, FIELDS);
          previous.endsOn = appointment.startsOn;
          await repo.save(previous);
          await record({
            actorId: this.viewer.userId,
            type: 'head_appointment.term_ended',
            entityType: 'HeadAppointment',
            entityId: previous.id,
            before: previousBefore,
            after: snapshot(previous, FIELDS),
          });
          this.clearAgency(previous.agencyId, previous.officialId);
        }
      }
      const result = await repo.save(appointment);
      const action =
        result.status === HeadAppointmentStatus.CONSENTED ? 'head_appointment.consented' : 'head_appointment.refused';
      await record({
        actorId: this.viewer.userId,
        type: action,
        entityType: 'HeadAppointment',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    this.clearAgency(saved.agencyId, saved.officialId);
    return saved;
  }

  /**
   * Consent makes the candidate head of the agency proposed (docs/rules.md rule 2): CONFLICT when,
   * since the proposal, an edit or a sync moved them to another agency or category. Holds the
   * candidate's row, so such a move waits for the decision (the official service takes it too).
   */
  private async assertStillCandidate(manager: EntityManager, appointment: HeadAppointment): Promise<void> {
    const candidate = await manager
      .getRepository(Official)
      .createQueryBuilder('o')
      .setLock('for_no_key_update')
      .where('o.id = :id', { id: appointment.officialId })
      .getOne();
    if (
      !candidate ||
      candidate.category !== OfficialCategory.AGENCY_HEAD ||
      candidate.agencyId !== appointment.agencyId
    ) {
      throw new ConflictError(headAppointmentReasons.candidateMoved({ name: candidate?.name ?? 'The candidate' }));
    }
  }

  /** Holds the agency's row until the transaction ends, so that its appointments change one decision at a time. */
  private async lockAgency(manager: EntityManager, agencyId: string): Promise<void> {
    await manager
      .getRepository(DispatchedAgency)
      .createQueryBuilder('a')
      .select('a.id')
      .setLock('for_no_key_update')
      .where('a.id = :agencyId', { agencyId })
      .getOne();
  }

  /** Forgets what this request's loaders know of an agency's and an official's appointments. */
  private clearAgency(agencyId: string, officialId: string): void {
    this.ctx.loaders.currentHeadByAgency.clear(agencyId);
    this.ctx.loaders.headHistoryByAgency.clear(agencyId);
    this.ctx.loaders.headAppointmentsByOfficial.clear(officialId);
  }
}
