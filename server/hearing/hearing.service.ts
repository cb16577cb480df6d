import { snapshot } from '../core/domain-events';
import { batchWriter, checkBatch, writeBatch, type UpsertOutcome } from '../core/upsert-batch';
import { BadUserInputError, ConflictError, NotFoundError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { saysSomething } from '../core/inputs';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { shanghaiToday } from '../core/shanghai-day';
import type { ServiceContext } from '../core/request-context';
import { assertMay, limitToScope, type Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { IntegrationScope } from '../integration/integration-scope';
import { WorksProjectStatus } from './hearing-enums';
import { Hearing, HearingQuestion, WorksProject } from './hearing.entity';
import {
  CreateHearingInput,
  HearingFilter,
  HearingQuestionInput,
  MAX_UPSERT_ROWS,
  RecordHearingOutcomeInput,
  UpsertHearingInput,
} from './hearing.inputs';
import type { HearingLoaders } from './hearing.loaders';
import type { WorksProjectService } from './works-project.service';
import { hearingReasons } from './reasons';

/** What the audit log keeps of a hearing. */
const FIELDS: (keyof Hearing)[] = [
  'id',
  'externalId',
  'projectId',
  'heldOn',
  'presenter',
  'constructionStartsOn',
  'constructionEndsOn',
  'chairName',
  'representatives',
  'departmentHeads',
  'questions',
  'outcome',
  'outcomeReasons',
  'decidedAt',
];

/** The services this service calls (the composition root passes them). */
export interface HearingDeps {
  worksProjects: WorksProjectService;
}

/**
 * Decision hearings (决策听证会, docs/rules.md rule 14). Every signed-in user in scope reads them
 * (service tokens with `self-governance:read`); an ADMIN over the 街道 records a hearing of a
 * PLANNED project and, once, its outcome with reasons. Every change is audited.
 */
export class HearingService extends RecordService<Hearing, HearingLoaders> {
  protected readonly typeName = 'Hearing';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<HearingLoaders>,
    private readonly deps: HearingDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.hearing;
  }

  protected placeOf(hearing: Hearing) {
    return this.placeInSubdistrict(hearing.subdistrictId);
  }

  /** A page of the hearings in the caller's scope matching `filter` (latest held first). */
  list(filter: HearingFilter | undefined, page: PageArgs): Promise<Connection<Hearing>> {
    const qb = limitToScope(this.ctx.db.getRepository(Hearing).createQueryBuilder('h'), this.viewer, 'subdistrictId');
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'projectId', filter?.projectId);
    return paginate(qb, page, undefined, { HELD_ON: 'h.heldOn' }, [
      { field: 'HELD_ON', direction: OrderDirection.DESC },
    ]);
  }

  /**
   * Records a hearing of a PLANNED project (ADMIN over its 街道). BAD_USER_INPUT naming the field
   * (unknown project, construction ending before it starts, held after construction starts
   * (`input.heldOn`), a blank name or question); FORBIDDEN;
   * CONFLICT on `input.projectId` once the project has started.
   */
  async create(input: CreateHearingInput): Promise<Hearing> {
    const { project, values } = await this.draft(input, this.viewer, [Role.ADMIN]);
    return this.ctx.transaction(async ({ manager, record }) => {
      const locked = await manager
        .getRepository(WorksProject)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: project.id })
        .getOneOrFail();
      if (locked.status !== WorksProjectStatus.PLANNED)
        throw new ConflictError(hearingReasons.projectStarted(), 'input.projectId');
      const repo = manager.getRepository(Hearing);
      const created = await repo.save(
        repo.create({
          ...values,
          externalId: null,
          outcome: null,
          outcomeReasons: null,
          decidedAt: null,
        }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'hearing.created',
        entityType: 'Hearing',
        entityId: created.id,
        after: snapshot(created, FIELDS),
      });
      return created;
    });
  }

  /**
   * Hearings a district system keeps, by externalId within their 街道 (an ADMIN over each row's
   * 街道, or a service token with `self-governance:write`), at most 200 in one transaction: a new
   * externalId records a hearing of a PLANNED project as `createHearing` does, a known one without
   * an outcome takes the row's details, one that already has them is left as it is (the same
   * batch twice changes nothing). The outcome stays `recordHearingOutcome`'s. BAD_USER_INPUT naming
   * `input[i].<field>` with `extensions.errors` listing every bad row — the rules of createHearing,
   * a new hearing of a started project (`projectId`), a decided one (`externalId`) — and nothing
   * is written; FORBIDDEN.
   */
  async upsert(rows: UpsertHearingInput[]): Promise<UpsertOutcome<Hearing>> {
    const viewer = batchWriter(this.ctx.viewer, IntegrationScope.SELF_GOVERNANCE_WRITE, 'upsert hearings');
    const drafts = await checkBatch(rows, UpsertHearingInput, MAX_UPSERT_ROWS, (row) =>
      this.draft(row, viewer, [Role.ADMIN, Role.INTEGRATION]),
    );
    const outcome = await this.ctx.transaction((tx) =>
      writeBatch(
        tx,
        Hearing,
        rows.map((row, i) => ({
          externalId: row.externalId,
          values: drafts[i].values,
          initial: { outcome: null, outcomeReasons: null, decidedAt: null },
          refuse: (current: Hearing | null) =>
            current?.outcome
              ? { field: 'externalId', reason: hearingReasons.outcomeRecorded({ outcome: current.outcome }) }
              : drafts[i].project.status !== WorksProjectStatus.PLANNED && current?.projectId !== drafts[i].project.id
                ? { field: 'projectId', reason: hearingReasons.projectStarted() }
                : null,
        })),
        {
          entityType: 'Hearing',
          created: 'hearing.created',
          updated: 'hearing.updated',
          actorId: viewer.userId,
          fields: FIELDS,
        },
      ),
    );
    for (const hearing of outcome.records) {
      this.loader.clear(hearing.id).prime(hearing.id, hearing);
      this.ctx.loaders.hearingsByProject.clear(hearing.projectId);
    }
    return outcome;
  }

  /**
   * A hearing's project and the fields its input sets, checked: BAD_USER_INPUT naming the field
   * (unknown project, construction ending before it starts, held after construction starts
   * (`heldOn`, docs/rules.md rule 14), a blank name or question); FORBIDDEN
   * unless the caller has one of `roles` over the project's 街道.
   */
  private async draft(input: CreateHearingInput, viewer: Viewer, roles: Role[]) {
    const project = await this.deps.worksProjects.referenced(input.projectId, 'input.projectId');
    assertMay(viewer, roles, await this.placeInSubdistrict(project.subdistrictId), 'hold hearings');
    if (input.constructionEndsOn < input.constructionStartsOn)
      throw new BadUserInputError(hearingReasons.endsBeforeStart(), 'input.constructionEndsOn');
    if (input.heldOn > input.constructionStartsOn)
      throw new BadUserInputError(
        hearingReasons.heldAfterConstructionStarts({ constructionStartsOn: input.constructionStartsOn }),
        'input.heldOn',
      );
    const values = {
      projectId: project.id,
      subdistrictId: project.subdistrictId,
      heldOn: input.heldOn,
      presenter: input.presenter.trim(),
      constructionStartsOn: input.constructionStartsOn,
      constructionEndsOn: input.constructionEndsOn,
      chairName: input.chairName.trim(),
      representatives: names(input.representatives, 'input.representatives'),
      departmentHeads: names(input.departmentHeads ?? [], 'input.departmentHeads'),
      questions: (input.questions ?? []).map(questionOf),
    };
    return { project, values };
  }

  /**
   * Records a hearing's outcome with its reasons, once (ADMIN over its 街道), and with `questions`
   * the final list of questions and answers, from the day the hearing is held on (Asia/Shanghai):
   * before it, BAD_USER_INPUT on `id` (docs/rules.md rule 14). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT
   * naming the field; CONFLICT when an outcome is already recorded.
   */
  async recordOutcome(id: string, input: RecordHearingOutcomeInput): Promise<Hearing> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'record the outcome of this hearing');
    const questions = input.questions?.map(questionOf);
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(Hearing);
      const current = await repo
        .createQueryBuilder('h')
        .setLock('pessimistic_write')
        .where('h.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      if (current.outcome !== null)
        throw new ConflictError(hearingReasons.outcomeRecorded({ outcome: current.outcome }), 'id');
      const today = shanghaiToday();
      if (current.heldOn > today)
        throw new BadUserInputError(hearingReasons.outcomeBeforeHeld({ heldOn: current.heldOn, today }), 'id');
      const before = snapshot(current, FIELDS);
      current.outcome = input.outcome;
      current.outcomeReasons = input.reasons.trim();
      current.decidedAt = new Date();
      if (questions) current.questions = questions;
      const result = await repo.save(current);
      await record({
        actorId: this.viewer.userId,
        type: 'hearing.decided',
        entityType: 'Hearing',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    this.ctx.loaders.hearingsByProject.clear(saved.projectId);
    return saved;
  }
}

/** Trimmed names; BAD_USER_INPUT on `field` for a blank one. */
function names(list: string[], field: string): string[] {
  if (!list.every((name) => saysSomething(name))) throw new BadUserInputError(hearingReasons.nameBlank(), field);
  return list.map((name) => name.trim());
}

/** A question as stored. */
function questionOf(input: HearingQuestionInput): HearingQuestion {
  return {
    askedBy: input.askedBy.trim(),
    question: input.question.trim(),
    answeredBy: input.answeredBy?.trim() ?? null,
    answer: input.answer?.trim() ?? null,
  };
}
