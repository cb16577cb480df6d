import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError } from '../core/errors';
import { applyCommonFilter, whereEquals, whereInDistrict } from '../core/filters';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService, type ServiceContext } from '../core/record.service';
import { Role } from '../core/role';
import { assertMay, inScope, limitToScope } from '../core/viewer';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import { DEFAULT_MINIMUM_ANSWERS, ResidentSurvey } from './resident-survey.entity';
import { STANDARD_QUESTIONS } from './standard-questions';
import { DIMENSIONS, ResidentSurveyOrderField, SurveyStatus } from './survey-enums';
import { SurveyEvent, surveyEvent, surveySnapshot } from './survey-events';
import { parsePeriod, quarterOf } from './survey-period';
import { isPublished, overallRate, publishedSurveyFigures, subdistrictRates } from './survey-results';
import { CreateResidentSurveyInput, ResidentSurveyFilter, ResidentSurveyOrder } from './survey.inputs';
import type { SurveyLoaders } from './survey.loaders';
import type { SubdistrictSurveyRates, SurveyCounts, SurveyResults } from './survey.types';
import { surveyReasons } from './reasons';

/** The services the survey service calls. */
export interface ResidentSurveyDeps {
  neighborhoods: NeighborhoodService;
  subdistricts: SubdistrictService;
}

const SORT_COLUMNS: Record<ResidentSurveyOrderField, string> = {
  PERIOD: 's.periodEnd',
  CREATED_AT: 's.createdAt',
  STATUS: 's.status',
};

/** Roles that see a survey's counts before its results are published: the 街道's staff who run it. */
const STAFF: readonly Role[] = [Role.ADMIN, Role.CHAIR];

/**
 * Residents' surveys (居民测评, docs/rules.md rule 12): creating, opening and closing them, listing,
 * and reading results through the publication gate (survey-results.ts). Codes and answers:
 * survey-code.service.ts. Every signed-in user reads the surveys of their scope and their published
 * results; service tokens need `surveys:read`; only ADMINs whose scope covers the 街道 manage them,
 * and only its ADMINs and CHAIRs see counts before publication.
 */
export class ResidentSurveyService extends RecordService<ResidentSurvey, SurveyLoaders> {
  protected readonly typeName = 'ResidentSurvey';
  protected override readonly integrationReadScope = 'surveys:read';

  constructor(
    ctx: ServiceContext<SurveyLoaders>,
    private readonly deps: ResidentSurveyDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.residentSurvey;
  }

  protected placeOf(survey: ResidentSurvey) {
    return this.placeInSubdistrict(survey.subdistrictId);
  }

  /** A page of the surveys in the caller's scope matching `filter` (default order: latest period first). */
  list(
    filter: ResidentSurveyFilter | undefined,
    orderBy: ResidentSurveyOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<ResidentSurvey>> {
    const qb = limitToScope(
      applyCommonFilter(this.ctx.db.getRepository(ResidentSurvey).createQueryBuilder('s'), { ids: filter?.ids }),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'period', filter?.period);
    whereInDistrict(qb, filter?.districtId);
    if (filter?.status) qb.andWhere('s.status = ANY(:statuses)', { statuses: filter.status });
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: ResidentSurveyOrderField.PERIOD, direction: OrderDirection.DESC },
    ]);
  }

  /**
   * Creates a DRAFT survey of a neighborhood (an ADMIN whose scope covers its 街道). BAD_USER_INPUT
   * on `input.neighborhoodId` (unknown), `input.period` (not a period), `input.questions` (a
   * dimension without a question, or a key twice); CONFLICT on `input.period` when the
   * neighborhood already has a survey of that period.
   */
  async create(input: CreateResidentSurveyInput): Promise<ResidentSurvey> {
    const neighborhood = await this.deps.neighborhoods.referenced(input.neighborhoodId, 'input.neighborhoodId');
    const place = await this.placeInSubdistrict(neighborhood.subdistrictId);
    assertMay(this.viewer, [Role.ADMIN], place, 'create surveys');
    const period = parsePeriod(input.period ?? quarterOf(new Date()), 'input.period');
    const questions = input.questions?.map((q) => ({ key: q.key, dimension: q.dimension, text: q.text.trim() })) ?? [
      ...STANDARD_QUESTIONS,
    ];
    const missing = DIMENSIONS.find((d) => !questions.some((q) => q.dimension === d));
    if (missing) throw new BadUserInputError(surveyReasons.questionMissing({ missing }), 'input.questions');
    const twice = questions.find((q, i) => questions.findIndex((o) => o.key === q.key) !== i);
    if (twice)
      throw new BadUserInputError(surveyReasons.keyTwice({ value: JSON.stringify(twice.key) }), 'input.questions');
    return this.ctx.transaction(async ({ manager, record }) => {
      const saved = await manager.getRepository(ResidentSurvey).save(
        manager.getRepository(ResidentSurvey).create({
          title: input.title?.trim() || `${period.period} ${neighborhood.name} 居民测评`,
          neighborhoodId: neighborhood.id,
          subdistrictId: neighborhood.subdistrictId,
          period: period.period,
          periodStart: period.startsOn,
          periodEnd: period.endsOn,
          status: SurveyStatus.DRAFT,
          minimumAnswers: input.minimumAnswers ?? DEFAULT_MINIMUM_ANSWERS,
          questions,
        }),
      );
      await record(surveyEvent(SurveyEvent.CREATED, this.viewer.userId, saved.id, { after: surveySnapshot(saved) }));
      return saved;
    });
  }

  /** DRAFT → OPEN (an ADMIN over it): answers are taken from now on. CONFLICT unless DRAFT. */
  open(id: string): Promise<ResidentSurvey> {
    return this.move(id, SurveyStatus.DRAFT, SurveyStatus.OPEN, SurveyEvent.OPENED);
  }

  /**
   * OPEN → CLOSED (an ADMIN over it), final: no more answers, unused codes die, and the results are
   * published if the minimum count was reached. CONFLICT unless OPEN.
   */
  close(id: string): Promise<ResidentSurvey> {
    return this.move(id, SurveyStatus.OPEN, SurveyStatus.CLOSED, SurveyEvent.CLOSED);
  }

  private async move(id: string, from: SurveyStatus, to: SurveyStatus, event: string): Promise<ResidentSurvey> {
    const survey = await this.get(id);
    await this.assertAdminOver(survey, 'run this survey');
    return this.ctx.transaction(async ({ manager, record }) => {
      const locked = await this.lock(manager, survey.id);
      if (locked.status !== from)
        throw new ConflictError(surveyReasons.wrongStatus({ status: locked.status, from, to }), 'id');
      const before = surveySnapshot(locked);
      locked.status = to;
      if (to === SurveyStatus.OPEN) locked.openedAt = new Date();
      else locked.closedAt = new Date();
      const saved = await manager.getRepository(ResidentSurvey).save(locked);
      await record(surveyEvent(event, this.viewer.userId, saved.id, { before, after: surveySnapshot(saved) }));
      this.loader.clear(saved.id);
      return saved;
    });
  }

  /** The survey's row, locked for the rest of the transaction. */
  lock(manager: EntityManager, id: string): Promise<ResidentSurvey> {
    return manager
      .getRepository(ResidentSurvey)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOneOrFail();
  }

  /** The survey, for an ADMIN whose scope covers it; BAD_USER_INPUT naming `field` when there is none in the scope, FORBIDDEN for other roles. */
  async getForAdmin(id: string, field: string): Promise<ResidentSurvey> {
    const survey = await this.referenced(id, field);
    await this.assertAdminOver(survey, 'run this survey');
    return survey;
  }

  /** Whether the caller is staff of the survey's 街道 (an ADMIN or CHAIR whose scope covers it). */
  async isStaff(survey: ResidentSurvey): Promise<boolean> {
    return STAFF.includes(this.viewer.role) && inScope(this.viewer, await this.placeOf(survey));
  }

  /** The survey's counts: for its staff at any time, for other readers once published; else null. */
  async counts(survey: ResidentSurvey): Promise<SurveyCounts | null> {
    const counts = await this.ctx.loaders.surveyCounts.load(survey.id);
    return (await this.isStaff(survey)) || isPublished(survey, counts.answers) ? counts : null;
  }

  /** Whether the survey's results are published (docs/rules.md rule 12). */
  async published(survey: ResidentSurvey): Promise<boolean> {
    return isPublished(survey, (await this.ctx.loaders.surveyCounts.load(survey.id)).answers);
  }

  /**
   * A survey's results (docs/rules.md rule 12): the figures once published; before, only the status
   * and, for its staff, the count. NOT_FOUND outside the caller's scope.
   */
  async results(id: string): Promise<SurveyResults> {
    const survey = await this.get(id);
    const { answers } = await this.ctx.loaders.surveyCounts.load(survey.id);
    const base = { surveyId: survey.id, status: survey.status, minimumAnswers: survey.minimumAnswers };
    const figures = isPublished(survey, answers) ? await publishedSurveyFigures(this.ctx.db, survey) : null;
    if (!figures)
      return {
        ...base,
        published: false,
        answerCount: (await this.isStaff(survey)) ? answers : null,
        questions: [],
        dimensions: [],
        overallRate: null,
      };
    return {
      ...base,
      published: true,
      answerCount: figures.answers,
      questions: figures.questions,
      dimensions: figures.dimensions,
      overallRate: overallRate(figures.dimensions),
    };
  }

  /**
   * A 街道's rates of one period from its neighborhoods' published surveys, rolled up weighted by
   * answers; null when none is published. FORBIDDEN outside the caller's scope; BAD_USER_INPUT on
   * `subdistrictId` or `period`.
   */
  async subdistrictRates(subdistrictId: string, period: string): Promise<SubdistrictSurveyRates | null> {
    const subdistrict = await this.deps.subdistricts.referenced(subdistrictId, 'subdistrictId');
    parsePeriod(period, 'period');
    if (!inScope(this.viewer, await this.placeInSubdistrict(subdistrict.id)))
      throw new ForbiddenError(surveyReasons.ratesOutsideScope());
    return subdistrictRates(this.ctx.db, subdistrict.id, period);
  }

  /**
   * The rates a monthly ranking shows beside a 街道's 三率: its latest period with published surveys
   * that ended by the end of `month` (YYYY-MM), through the request's loader (one statement for all
   * the ranking's rows). The ranking checked the caller.
   */
  rankingRates(subdistrictId: string, month: string): Promise<SubdistrictSurveyRates | null> {
    const [year, m] = month.split('-').map(Number);
    const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return this.ctx.loaders.latestSurveyRates.load(`${subdistrictId}|${month}-${String(lastDay).padStart(2, '0')}`);
  }
}
