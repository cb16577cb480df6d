import type { Transaction } from '../core/domain-events';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../core/errors';
import { likeLiteral, whereEquals, whereInDistrict } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, inScope, limitToScope } from '../core/viewer';
import { Official } from '../official/official.entity';
import type { MeetingResult } from '../rating/meeting-result.entity';
import { hasResults } from '../rating/published-results';
import { Role } from '../core/role';
import { User } from '../user/user.entity';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import {
  CreateEvaluationMeetingInput,
  EvaluationMeetingFilter,
  EvaluationMeetingOrder,
  EvaluationMeetingOrderField,
  MeetingPeopleInput,
  UpdateEvaluationMeetingInput,
} from './evaluation-meeting.inputs';
import { MeetingOfficial } from './meeting-registration.entity';
import { MeetingEvent, meetingEvent, meetingSnapshot } from './meeting-events';
import { MeetingStatus } from './meeting-status';
import type { ServiceContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { RatingTemplateService } from '../rating-template/rating-template.service';
import type { EvaluationMeetingLoaders } from './evaluation-meeting.loaders';
import type { UserLoaders } from '../user/user.loaders';
import { meetingReasons } from './reasons';

const SORT_COLUMNS: Record<EvaluationMeetingOrderField, string> = {
  TITLE: 'm.title',
  YEAR: 'm.year',
  STATUS: 'm.status',
  SCHEDULED_AT: 'm.scheduledAt',
  CREATED_AT: 'm.createdAt',
};

/** A planned start within 2000–2100 (UTC); BAD_USER_INPUT on `input.scheduledAt` otherwise. */
function checkedSchedule(at: Date | null): Date | null {
  if (at && (at.getUTCFullYear() < 2000 || at.getUTCFullYear() > 2100)) {
    throw new BadUserInputError(meetingReasons.scheduledAtRange(), 'input.scheduledAt');
  }
  return at;
}

/** The loaders this service reads. */
type EvaluationMeetingServiceLoaders = EvaluationMeetingLoaders & UserLoaders;

/** The services this service calls (the composition root passes them). */
export interface EvaluationMeetingDeps {
  officials: OfficialService;
  neighborhoods: NeighborhoodService;
  subdistricts: SubdistrictService;
  ratingTemplates: RatingTemplateService;
}

/**
 * Evaluation meetings (docs/rules.md rule 4): lookups, lists, who may run one, and the changes of a
 * DRAFT meeting (its details and its officials under evaluation), each recorded as a domain event.
 * Who takes part is AttendanceService's; opening and closing are MeetingLifecycleService's.
 */
export class EvaluationMeetingService extends RecordService<EvaluationMeeting, EvaluationMeetingServiceLoaders> {
  protected readonly typeName = 'EvaluationMeeting';
  protected readonly integrationReadScope = 'meetings:read';

  constructor(
    ctx: ServiceContext<EvaluationMeetingServiceLoaders>,
    private readonly deps: EvaluationMeetingDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.evaluationMeeting;
  }

  protected placeOf(meeting: EvaluationMeeting) {
    return this.placeInSubdistrict(meeting.subdistrictId);
  }

  /** A page of the meetings in the caller's scope (default order: newest year first, then title). */
  list(
    filter: EvaluationMeetingFilter | undefined,
    orderBy: EvaluationMeetingOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<EvaluationMeeting>> {
    const qb = limitToScope(
      this.ctx.db.getRepository(EvaluationMeeting).createQueryBuilder('m'),
      this.viewer,
      'subdistrictId',
    );
    if (filter?.ids) qb.andWhere('m.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'year', filter?.year);
    whereEquals(qb, 'status', filter?.status);
    whereInDistrict(qb, filter?.districtId);
    if (filter?.registeredForMe) {
      qb.andWhere('m.id IN (SELECT r.meeting_id FROM meeting_representative r WHERE r.user_id = :me)', {
        me: this.viewer.userId,
      });
    }
    if (filter?.evaluatesMe) {
      qb.andWhere(
        'm.id IN (SELECT mo.meeting_id FROM meeting_official mo JOIN app_user me ON me.official_id = mo.official_id WHERE me.id = :me)',
        { me: this.viewer.userId },
      );
    }
    if (filter?.titleContains) qb.andWhere('m.title ILIKE :title', { title: `%${likeLiteral(filter.titleContains)}%` });
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: EvaluationMeetingOrderField.YEAR, direction: 'DESC' as never },
      { field: EvaluationMeetingOrderField.TITLE },
    ]);
  }

  /** The officials under evaluation at a meeting, in pinyin order (docs/rules.md rule 15). */
  async officials(meeting: EvaluationMeeting): Promise<Official[]> {
    const rows = await this.ctx.loaders.meetingOfficials.load(meeting.id);
    const officials = await Promise.all(rows.map((r) => this.deps.officials.find(r.officialId)));
    return officials.filter((o): o is Official => o !== null);
  }

  /**
   * The frozen results of a CLOSED meeting (empty before), in the officials' pinyin order
   * (docs/rules.md rule 15), each showing what rule 7 publishes
   * (rating/published-results.ts). An OFFICIAL sees only their own result
   * ("the officials themselves … read their own results once published").
   */
  async results(meeting: EvaluationMeeting): Promise<MeetingResult[]> {
    if (!hasResults(meeting.status)) return [];
    const results = await this.ctx.loaders.meetingResults.load(meeting.id);
    if (this.viewer.role !== Role.OFFICIAL) return results;
    const me = await this.ctx.loaders.user.load(this.viewer.userId);
    return results.filter((r) => me?.officialId && r.officialId === me.officialId);
  }

  /**
   * The representatives registered for a meeting the caller can see, in the pinyin order of their
   * names (docs/rules.md rule 15): for an ADMIN over it and for the CHAIR of this meeting; FORBIDDEN
   * for everyone else, another CHAIR included.
   */
  async representatives(meeting: EvaluationMeeting): Promise<User[]> {
    const viewer = this.viewer;
    if (viewer.role === Role.CHAIR ? meeting.chairId !== viewer.userId : viewer.role !== Role.ADMIN) {
      throw new ForbiddenError(meetingReasons.registeredReaders());
    }
    const rows = await this.ctx.loaders.meetingRepresentatives.load(meeting.id);
    const users = await Promise.all(rows.map((r) => this.ctx.loaders.user.load(r.userId)));
    return users.filter((u): u is User => u !== null);
  }

  /**
   * Creates a DRAFT meeting (ADMIN over the subdistrict). BAD_USER_INPUT naming the field for a
   * neighborhood outside the subdistrict, a template of another district, or a chair who is not a
   * CHAIR covering the subdistrict.
   */
  async create(input: CreateEvaluationMeetingInput): Promise<EvaluationMeeting> {
    const services = this.deps;
    const subdistrict = await services.subdistricts.referenced(input.subdistrictId, 'input.subdistrictId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: subdistrict.districtId, subdistrictId: subdistrict.id },
      'schedule meetings in this subdistrict',
    );
    const meeting = this.ctx.db.getRepository(EvaluationMeeting).create({
      title: input.title.trim(),
      year: input.year,
      subdistrictId: subdistrict.id,
      neighborhoodId: null,
      chairId: null,
      templateId: input.templateId,
      scheduledAt: checkedSchedule(input.scheduledAt ?? null),
      minRatings: input.minRatings ?? 3,
      status: MeetingStatus.DRAFT,
    });
    const template = await services.ratingTemplates.referenced(input.templateId, 'input.templateId');
    if (template.districtId !== subdistrict.districtId)
      throw new BadUserInputError(meetingReasons.templateOtherDistrict(), 'input.templateId');
    await this.applyPlaces(meeting, input.neighborhoodId, input.chairId);
    return this.ctx.transaction(async ({ manager, record }) => {
      const saved = await manager.getRepository(EvaluationMeeting).save(meeting);
      await record(meetingEvent(MeetingEvent.CREATED, this.viewer.userId, saved.id, { after: meetingSnapshot(saved) }));
      return saved;
    });
  }

  /** Changes a DRAFT meeting (ADMIN). CONFLICT once it is open; BAD_USER_INPUT as for create. */
  async update(id: string, input: UpdateEvaluationMeetingInput): Promise<EvaluationMeeting> {
    const meeting = await this.get(id);
    await this.assertAdminOver(meeting);
    this.assertStatus(meeting, [MeetingStatus.DRAFT], 'change');
    const before = meetingSnapshot(meeting);
    if (input.title != null) meeting.title = input.title.trim();
    if (input.scheduledAt !== undefined) meeting.scheduledAt = checkedSchedule(input.scheduledAt);
    if (input.minRatings != null) meeting.minRatings = input.minRatings;
    await this.applyPlaces(meeting, input.neighborhoodId, input.chairId);
    return this.inTransaction(meeting.id, [MeetingStatus.DRAFT], 'change', async ({ manager, record }) => {
      const saved = await manager.getRepository(EvaluationMeeting).save(meeting);
      await record(
        meetingEvent(MeetingEvent.UPDATED, this.viewer.userId, id, { before, after: meetingSnapshot(saved) }),
      );
      return saved;
    });
  }

  /** Deletes a DRAFT meeting (ADMIN); an opened meeting stays on record (CONFLICT). */
  async remove(id: string): Promise<string> {
    const meeting = await this.get(id);
    await this.assertAdminOver(meeting, 'delete this meeting');
    return this.inTransaction(id, [MeetingStatus.DRAFT], 'delete', async ({ manager, record }) => {
      await manager.getRepository(EvaluationMeeting).delete({ id });
      await record(meetingEvent(MeetingEvent.DELETED, this.viewer.userId, id, { before: meetingSnapshot(meeting) }));
      return id;
    });
  }

  /** Puts officials of the meeting's subdistrict under evaluation (ADMIN; DRAFT only). BAD_USER_INPUT on `input.ids` for an official elsewhere. */
  async addOfficials(input: MeetingPeopleInput): Promise<EvaluationMeeting> {
    const meeting = await this.get(input.meetingId);
    await this.assertAdminOver(meeting, 'choose the officials of this meeting');
    const officials = await Promise.all(input.ids.map((id) => this.deps.officials.find(id)));
    officials.forEach((official, i) => {
      if (!official || official.subdistrictId !== meeting.subdistrictId) {
        throw new BadUserInputError(meetingReasons.notServingOfficial({ id: input.ids[i] }), 'input.ids');
      }
    });
    return this.inTransaction(
      meeting.id,
      [MeetingStatus.DRAFT],
      'change the officials of',
      async ({ manager, record }) => {
        await manager
          .createQueryBuilder()
          .insert()
          .into(MeetingOfficial)
          .values(input.ids.map((officialId) => ({ meetingId: meeting.id, officialId })))
          .orIgnore()
          .execute();
        await record(
          meetingEvent(MeetingEvent.OFFICIALS_ADDED, this.viewer.userId, meeting.id, {
            after: { officialIds: input.ids },
          }),
        );
        return meeting;
      },
    );
  }

  /** Takes officials off a DRAFT meeting (ADMIN). */
  async removeOfficials(input: MeetingPeopleInput): Promise<EvaluationMeeting> {
    const meeting = await this.get(input.meetingId);
    await this.assertAdminOver(meeting, 'choose the officials of this meeting');
    return this.inTransaction(
      meeting.id,
      [MeetingStatus.DRAFT],
      'change the officials of',
      async ({ manager, record }) => {
        await manager
          .getRepository(MeetingOfficial)
          .createQueryBuilder()
          .delete()
          .where('meeting_id = :m AND official_id = ANY(:ids)', { m: meeting.id, ids: input.ids })
          .execute();
        await record(
          meetingEvent(MeetingEvent.OFFICIALS_REMOVED, this.viewer.userId, meeting.id, {
            before: { officialIds: input.ids },
          }),
        );
        return meeting;
      },
    );
  }

  /** The meeting, when the caller is its chair or an ADMIN over it; FORBIDDEN otherwise (NOT_FOUND when out of reach). */
  assertCanRun(id: string): Promise<EvaluationMeeting> {
    return this.getForChair(id);
  }

  /** Whether the caller runs the meeting: its chair, or an ADMIN whose scope covers it. */
  async runs(meeting: EvaluationMeeting): Promise<boolean> {
    if (this.viewer.role === Role.CHAIR) return meeting.chairId === this.viewer.userId;
    return this.viewer.role === Role.ADMIN && inScope(this.viewer, await this.placeOf(meeting));
  }

  /** The meeting, for its chair or an ADMIN over it; FORBIDDEN for anyone else. */
  private async getForChair(id: string): Promise<EvaluationMeeting> {
    const meeting = await this.get(id);
    const isChair = this.viewer.role === Role.CHAIR && meeting.chairId === this.viewer.userId;
    if (!isChair) await this.assertAdminOver(meeting, 'run this meeting (only its chair or an ADMIN may)');
    return meeting;
  }

  /** CONFLICT, saying `verb`, unless the meeting's status is one of `allowed`. */
  private assertStatus(meeting: EvaluationMeeting, allowed: MeetingStatus[], verb: string): void {
    if (!allowed.includes(meeting.status)) {
      throw new ConflictError(
        meetingReasons.wrongStatus({
          status: meeting.status,
          allowed: allowed.join(' or '),
          verb: verb === 'change' || verb === 'delete' ? verb : `${verb} it`,
        }),
      );
    }
  }

  /**
   * Runs `work` in a transaction holding the meeting's row (SELECT … FOR UPDATE), after checking
   * its status there (CONFLICT saying `verb` otherwise), so two requests cannot both open, close or
   * change it, and no ballot lands meanwhile. The events `work` records reach the audit log in the
   * transaction and the meeting's live progress after the commit. Also for the services of who
   * takes part (AttendanceService) and of opening and closing (MeetingLifecycleService).
   */
  async inTransaction<T>(
    id: string,
    allowed: MeetingStatus[],
    verb: string,
    work: (tx: Transaction, locked: EvaluationMeeting) => Promise<T>,
  ): Promise<T> {
    return this.ctx.transaction(async (tx) => {
      const locked = await tx.manager
        .getRepository(EvaluationMeeting)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id })
        .getOne();
      if (!locked) throw new NotFoundError(this.typeName, id);
      this.assertStatus(locked, allowed, verb);
      return work(tx, locked);
    });
  }

  /** Checks and sets the neighborhood (in the subdistrict) and the chair (a CHAIR covering it). */
  private async applyPlaces(
    meeting: EvaluationMeeting,
    neighborhoodId: string | null | undefined,
    chairId: string | null | undefined,
  ): Promise<void> {
    if (neighborhoodId !== undefined) {
      if (neighborhoodId) {
        const neighborhood = await this.deps.neighborhoods.referenced(neighborhoodId, 'input.neighborhoodId');
        if (neighborhood.subdistrictId !== meeting.subdistrictId)
          throw new BadUserInputError(meetingReasons.neighborhoodOtherSubdistrict(), 'input.neighborhoodId');
      }
      meeting.neighborhoodId = neighborhoodId;
    }
    if (chairId !== undefined) {
      if (chairId) {
        const chair = await this.ctx.loaders.user.load(chairId);
        const place = await this.placeInSubdistrict(meeting.subdistrictId);
        if (!chair || chair.role !== Role.CHAIR || !inScope(chair, place)) {
          throw new BadUserInputError(meetingReasons.chairScope(), 'input.chairId');
        }
      }
      meeting.chairId = chairId;
    }
  }
}
