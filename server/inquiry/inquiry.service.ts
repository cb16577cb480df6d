import type { EntityManager } from 'typeorm';
import { snapshot } from '../core/domain-events';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { limitToOfficialScope, OfficialRecordService } from '../official/official-record';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { assertMay, limitToScope } from '../core/viewer';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingOfficial } from '../evaluation-meeting/meeting-registration.entity';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { Role } from '../core/role';
import { Inquiry } from './inquiry.entity';
import {
  CreateInquiryInput,
  InquiryFilter,
  InquiryOrder,
  InquiryOrderField,
  UpdateInquiryInput,
} from './inquiry.inputs';
import type { ServiceContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { InquiryLoaders } from './inquiry.loaders';
import type { OfficialLoaders } from '../official/official.loaders';
import { inquiryReasons } from './reasons';

const SORT_COLUMNS: Record<InquiryOrderField, string> = {
  CREATED_AT: 'q.createdAt',
  BASIS: 'q.basis',
  ASKED_BY: 'q.askedBy',
};

/** What the audit log keeps of an inquiry. */
const FIELDS: (keyof Inquiry)[] = ['id', 'meetingId', 'officialId', 'askedBy', 'basis', 'question', 'answer'];

/** The loaders this service reads. */
type InquiryServiceLoaders = InquiryLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface InquiryDeps {
  officials: OfficialService;
}

/**
 * Inquiries (问责, docs/rules.md rule 8): questions put to officials at evaluation meetings. The meeting's
 * chair or an ADMIN in scope records them while the meeting is not closed (closing freezes them);
 * everyone in scope reads them. Every change is audited.
 */
export class InquiryService extends OfficialRecordService<Inquiry, InquiryServiceLoaders> {
  protected readonly typeName = 'Inquiry';

  constructor(
    ctx: ServiceContext<InquiryServiceLoaders>,
    private readonly deps: InquiryDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.inquiry;
  }

  /** A meeting's inquiries in the order they were recorded (through the request's loader), for `EvaluationMeeting.inquiries`. */
  ofMeeting(meetingId: string): Promise<Inquiry[]> {
    void this.viewer;
    return this.ctx.loaders.inquiriesByMeeting.load(meetingId);
  }

  /** A page of the inquiries in the caller's scope matching `filter` (default order: as recorded). */
  list(
    filter: InquiryFilter | undefined,
    orderBy: InquiryOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Inquiry>> {
    const qb = limitToOfficialScope(this.ctx.db.getRepository(Inquiry).createQueryBuilder('q'), this.viewer);
    if (filter?.ids) qb.andWhere('q.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'meetingId', filter?.meetingId);
    whereEquals(qb, 'officialId', filter?.officialId);
    whereEquals(qb, 'basis', filter?.basis);
    if (filter?.answered != null) qb.andWhere(filter.answered ? 'q.answer IS NOT NULL' : 'q.answer IS NULL');
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: InquiryOrderField.CREATED_AT }]);
  }

  /**
   * Records an inquiry. BAD_USER_INPUT on `input.meetingId` / `input.officialId` for an unknown
   * meeting or official, or an official not under evaluation there; FORBIDDEN unless the meeting's
   * chair or an ADMIN in scope; CONFLICT once the meeting is closed.
   */
  async create(input: CreateInquiryInput): Promise<Inquiry> {
    const official = await this.deps.officials.referenced(input.officialId, 'input.officialId');
    return this.ctx.transaction(async ({ manager, record }) => {
      const meeting = await this.lockMeeting(
        manager,
        input.meetingId,
        () =>
          new BadUserInputError(
            inquiryReasons.noMeeting({ value: JSON.stringify(input.meetingId) }),
            'input.meetingId',
          ),
      );
      await this.assertMayRecord(meeting, official.id, 'record inquiries at this meeting');
      this.assertNotClosed(meeting);
      const underEvaluation = await manager
        .getRepository(MeetingOfficial)
        .existsBy({ meetingId: meeting.id, officialId: official.id });
      if (!underEvaluation)
        throw new BadUserInputError(
          inquiryReasons.notUnderEvaluation({ official: official.name, meeting: meeting.title }),
          'input.officialId',
        );
      const repo = manager.getRepository(Inquiry);
      const inquiry = await repo.save(
        repo.create({
          meetingId: meeting.id,
          officialId: official.id,
          askedBy: input.askedBy.trim(),
          basis: input.basis,
          question: input.question.trim(),
          answer: input.answer?.trim() ?? null,
        }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'inquiry.created',
        entityType: 'Inquiry',
        entityId: inquiry.id,
        after: snapshot(inquiry, FIELDS),
      });
      return inquiry;
    });
  }

  /** Changes an inquiry, e.g. records its answer. NOT_FOUND; FORBIDDEN as for create; CONFLICT once the meeting is closed. */
  async update(id: string, input: UpdateInquiryInput): Promise<Inquiry> {
    const inquiry = await this.get(id);
    const before = snapshot(inquiry, FIELDS);
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const meeting = await this.lockMeeting(manager, inquiry.meetingId, () => new NotFoundError(this.typeName, id));
      await this.assertMayRecord(meeting, inquiry.officialId, 'change inquiries of this meeting');
      this.assertNotClosed(meeting);
      if (input.askedBy != null) inquiry.askedBy = input.askedBy.trim();
      if (input.basis != null) inquiry.basis = input.basis;
      if (input.question != null) inquiry.question = input.question.trim();
      if (input.answer !== undefined) inquiry.answer = input.answer?.trim() ?? null;
      const result = await manager.getRepository(Inquiry).save(inquiry);
      await record({
        actorId: this.viewer.userId,
        type: 'inquiry.updated',
        entityType: 'Inquiry',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    return saved;
  }

  /** Deletes an inquiry recorded by mistake and returns its id. NOT_FOUND, FORBIDDEN; CONFLICT once the meeting is closed. */
  async remove(id: string): Promise<string> {
    const inquiry = await this.get(id);
    await this.ctx.transaction(async ({ manager, record }) => {
      const meeting = await this.lockMeeting(manager, inquiry.meetingId, () => new NotFoundError(this.typeName, id));
      await this.assertMayRecord(meeting, inquiry.officialId, 'delete inquiries of this meeting');
      this.assertNotClosed(meeting);
      await manager.getRepository(Inquiry).delete({ id });
      await record({
        actorId: this.viewer.userId,
        type: 'inquiry.deleted',
        entityType: 'Inquiry',
        entityId: id,
        before: snapshot(inquiry, FIELDS),
      });
    });
    this.loader.clear(id);
    return id;
  }

  /**
   * The meeting, if in the caller's scope, with its row held for share until the transaction ends,
   * so that it cannot close while an inquiry is being written (closing takes the row for update).
   */
  private async lockMeeting(
    manager: EntityManager,
    meetingId: string,
    missing: () => Error,
  ): Promise<EvaluationMeeting> {
    const qb = manager
      .getRepository(EvaluationMeeting)
      .createQueryBuilder('m')
      .setLock('pessimistic_read')
      .where('m.id = :meetingId', { meetingId });
    const meeting = await limitToScope(qb, this.viewer, 'subdistrictId').getOne();
    if (!meeting) throw missing();
    return meeting;
  }

  /** FORBIDDEN unless the caller is an ADMIN, or the meeting's own chair, whose scope covers the official. */
  private async assertMayRecord(meeting: EvaluationMeeting, officialId: string, what: string): Promise<void> {
    if (this.viewer.role === Role.CHAIR && meeting.chairId !== this.viewer.userId)
      throw new ForbiddenError(inquiryReasons.chairOrAdmin({ what }));
    assertMay(this.viewer, [Role.ADMIN, Role.CHAIR], await this.placeOfOfficial(officialId), what);
  }

  private assertNotClosed(meeting: EvaluationMeeting): void {
    if (meeting.status === MeetingStatus.CLOSED) throw new ConflictError(inquiryReasons.meetingClosed());
  }
}
