import { assertYearBegun } from './assessment-year';
import { snapshot } from '../core/domain-events';
import { BadUserInputError, ConflictError } from '../core/errors';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { whereEquals } from '../core/filters';
import { saysSomething } from '../core/inputs';
import { OfficialRecordService } from '../official/official-record';
import { assertMay } from '../core/viewer';
import type { Official } from '../official/official.entity';
import { Role } from '../core/role';
import { AnnualAssessment } from './annual-assessment.entity';
import { AssessmentStatus, PersonnelOutcome } from './assessment-enums';
import { AssessmentPolicy } from './assessment-policy.entity';
import { DEFAULT_POLICY } from './assessment-rules';
import { assessmentParts, withoutData } from './assessment-parts';
import {
  AnnualAssessmentFilter,
  AnnualAssessmentOrder,
  AnnualAssessmentOrderField,
  AssessOfficialInput,
  OverrideGradeInput,
} from './assessment.inputs';
import { AssessmentOverview, assessmentOverview, officialsWithOutcome } from './assessment-overview';
import { refreshStandings } from './official-standing';
import {
  ASSESSORS,
  assertOwnDistrict,
  assertReadsAssessments,
  limitToReadableAssessments,
  mayReadAssessmentsOf,
} from './assessment-access';
import { lockedAssessment } from './assessment-lock';
import { finalizedNotice } from './assessment-events';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { OfficialService } from '../official/official.service';
import type { AccountabilityCaseService } from '../accountability/accountability.service';
import type { AssessmentLoaders } from './assessment.loaders';
import type { OfficialLoaders } from '../official/official.loaders';
import { assessmentReasons } from './reasons';
import { coreReasons } from '../core/core-reasons';

const FIELDS: (keyof AnnualAssessment)[] = [
  'id',
  'officialId',
  'year',
  'status',
  'meetingScore',
  'meetingRatingCount',
  'thirdPartyScore',
  'selfReportMark',
  'score',
  'computedGrade',
  'overrideGrade',
  'overrideReason',
  'redLineBreached',
];
/** Who reads a district's overview (counts only): the assessors and staff, the chairs (their 街道), a token with assessments:read. */
const OVERVIEW_READERS = [Role.ADMIN, Role.ASSESSOR, Role.CHAIR, Role.INTEGRATION];
/** Who lists a district's officials by outcome: those who read every official's grades. */
const OUTCOME_READERS = [Role.ADMIN, Role.ASSESSOR, Role.INTEGRATION];
const SORT_COLUMNS: Record<AnnualAssessmentOrderField, string> = {
  YEAR: 'a.year',
  SCORE: 'a.score',
  STATUS: 'a.status',
  CREATED_AT: 'a.createdAt',
};

/** The loaders this service reads. */
type AssessmentServiceLoaders = AssessmentLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface AssessmentDeps {
  districts: DistrictService;
  officials: OfficialService;
  accountability: AccountabilityCaseService;
}

/**
 * Annual assessments (docs/rules.md rules 10 and 11): the yearly grade computed from its sources,
 * overridden and finalised, and its use. The sources themselves (policies, panel scores) are
 * AssessmentSourcesService's.
 */
export class AssessmentService extends OfficialRecordService<AnnualAssessment, AssessmentServiceLoaders> {
  protected readonly typeName = 'AnnualAssessment';
  protected readonly integrationReadScope = 'assessments:read';

  constructor(
    ctx: ServiceContext<AssessmentServiceLoaders>,
    private readonly deps: AssessmentDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.annualAssessment;
  }

  /**
   * Computes an official's DRAFT assessment for a year (docs/rules.md rule 10) from its sources: the
   * published results of that year's closed meetings (mean score weighted by rating count), the
   * panels' scores (policy weights) and the assessors' mark; parts missing are left out and the
   * others' weights renormalised. Marks `redLineBreached` from concluded accountability cases.
   * CONFLICT once finalised; an override survives recomputation. With no part at all the score
   * and computed grade are null. Idempotent: the row is inserted if missing and locked before it
   * is read, so identical concurrent calls all succeed on one row, each audited. BAD_USER_INPUT on
   * `input.year` for a year after the current one in Shanghai (UTC+8; assessment-year.ts).
   */
  async assess(input: AssessOfficialInput): Promise<AnnualAssessment> {
    assertYearBegun(input.year, 'input.year', 'assess');
    const official = await this.deps.officials.referenced(input.officialId, 'input.officialId');
    const place = await this.placeInSubdistrict(official.subdistrictId);
    assertMay(this.viewer, ASSESSORS, place, 'assess this official');
    const rules =
      (await this.ctx.db
        .getRepository(AssessmentPolicy)
        .findOneBy({ districtId: place.districtId, year: input.year })) ?? DEFAULT_POLICY;
    return this.ctx.transaction(async ({ manager, record }) => {
      // The row first (a DRAFT shell unless it exists), then its lock: identical concurrent calls
      // queue on the row instead of racing to insert it, and each recomputes the same values.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AnnualAssessment)
        .values({ officialId: official.id, year: input.year, status: AssessmentStatus.DRAFT, selfReportMark: null })
        .orIgnore()
        .returning('id')
        .execute();
      const isNew = (inserted.raw as unknown[]).length > 0;
      const assessment = (await lockedAssessment(manager, official.id, input.year, 'pessimistic_write'))!;
      const before = isNew ? null : snapshot(assessment, FIELDS);
      if (input.selfReportMark !== undefined) assessment.selfReportMark = input.selfReportMark;
      const breached =
        (await this.deps.accountability.breachedYears([official.id])).get(official.id)?.has(input.year) ?? false;
      Object.assign(
        assessment,
        await assessmentParts(manager, official.id, input.year, rules, assessment.selfReportMark),
        { redLineBreached: breached },
      );
      const saved = await manager.getRepository(AnnualAssessment).save(assessment);
      // A new year may be the official's latest assessment (docs/rules.md rule 11, "Stored facts").
      if (isNew) await refreshStandings(manager, [official.id]);
      await record({
        actorId: this.viewer.userId,
        type: 'assessment.computed',
        entityType: 'AnnualAssessment',
        entityId: saved.id,
        before,
        after: snapshot(saved, FIELDS),
      });
      this.loader.clear(saved.id);
      return saved;
    });
  }

  /**
   * Overrides a DRAFT assessment's grade with a written reason (ASSESSOR or ADMIN; docs/rules.md rule 10).
   * BAD_USER_INPUT on input.reason when blank, and on `id` when the assessment has no score (no part
   * has data): an override adjusts a grade earned from data, it never stands in for the data.
   * CONFLICT once finalised.
   */
  async override(id: string, input: OverrideGradeInput): Promise<AnnualAssessment> {
    if (!saysSomething(input.reason))
      throw new BadUserInputError(assessmentReasons.overrideReasonRequired(), 'input.reason');
    return this.change(id, 'assessment.overridden', (a) => {
      if (a.score === null) throw withoutData(a, 'overridden');
      Object.assign(a, { overrideGrade: input.grade, overrideReason: input.reason.trim() });
    });
  }

  /**
   * DRAFT → FINALIZED, final and audited (ASSESSOR or ADMIN; docs/rules.md rule 10). BAD_USER_INPUT on `id`,
   * with `extensions.missing` naming the parts without data, when the assessment has no score,
   * unless a concluded accountability case found a red line breached that year: the breach carries
   * the year, outside the four grades (docs/rules.md rule 9); BAD_USER_INPUT on `id` for an
   * assessment of a year after the current one in Shanghai. CONFLICT when already finalised.
   */
  finalize(id: string): Promise<AnnualAssessment> {
    return this.change(id, 'assessment.finalized', (a) => {
      assertYearBegun(a.year, 'id', 'finalise the assessment of');
      if (a.score === null && !a.redLineBreached) throw withoutData(a, 'finalised');
      Object.assign(a, {
        status: AssessmentStatus.FINALIZED,
        finalizedAt: new Date(),
        finalizedById: this.viewer.userId,
      });
    });
  }

  /**
   * One assessment the caller may read (assessment-access.ts); null for a missing id and for one
   * outside the caller's reach alike. FORBIDDEN for a role that reads no assessments, and for a
   * token without assessments:read.
   */
  override find(id: string): Promise<AnnualAssessment | null> {
    assertReadsAssessments(this.viewer, 'read annual assessments');
    return super.find(id);
  }

  /**
   * A page of the assessments the caller may read (default: newest year first): those of the
   * caller's scope for an ADMIN, ASSESSOR or token with assessments:read, an OFFICIAL's own.
   * FORBIDDEN for other roles and tokens.
   */
  list(
    filter: AnnualAssessmentFilter | undefined,
    orderBy: AnnualAssessmentOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<AnnualAssessment>> {
    assertReadsAssessments(this.viewer, 'list annual assessments');
    const qb = limitToReadableAssessments(
      this.ctx.db.getRepository(AnnualAssessment).createQueryBuilder('a'),
      this.viewer,
    );
    if (filter?.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'officialId', filter?.officialId);
    whereEquals(qb, 'year', filter?.year);
    whereEquals(qb, 'status', filter?.status);
    whereEquals(qb, 'redLineBreached', filter?.redLineBreached);
    if (filter?.grade)
      qb.andWhere('NOT a.redLineBreached AND coalesce(a.overrideGrade, a.computedGrade) = :fg', { fg: filter.grade });
    if (filter?.subdistrictId)
      qb.andWhere('a.officialId IN (SELECT o.id FROM official o WHERE o.subdistrict_id = :fs)', {
        fs: filter.subdistrictId,
      });
    if (filter?.districtId) {
      qb.andWhere(
        'a.officialId IN (SELECT o.id FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.district_id = :fd)',
        { fd: filter.districtId },
      );
    }
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: AnnualAssessmentOrderField.YEAR, direction: OrderDirection.DESC },
    ]);
  }

  /**
   * An official's assessments that the caller may read, newest year first (through a loader):
   * none for a caller who may not read this official's grades (a CHAIR, a REPRESENTATIVE, another
   * OFFICIAL). FORBIDDEN for a token without assessments:read.
   */
  async ofOfficial(officialId: string): Promise<AnnualAssessment[]> {
    if (!mayReadAssessmentsOf(this.viewer, officialId)) return [];
    const rows = await this.ctx.loaders.assessmentsByOfficial.load(officialId);
    return [...rows].sort((a, b) => b.year - a.year);
  }

  /**
   * An official's assessment of the newest year, whatever its status, from the stored facts
   * (official_standing, through a loader); null when none or when the caller may not read it (as ofOfficial).
   */
  async latestOfOfficial(officialId: string): Promise<AnnualAssessment | null> {
    if (!mayReadAssessmentsOf(this.viewer, officialId)) return null;
    return (await this.ctx.loaders.standingOfOfficial.load(officialId))?.latest ?? null;
  }

  /**
   * docs/rules.md rule 11 for one official, from the stored facts (official_standing, through a loader);
   * null when none applies or the caller may not read the official's assessments (as ofOfficial).
   */
  async outcome(officialId: string): Promise<PersonnelOutcome | null> {
    if (!mayReadAssessmentsOf(this.viewer, officialId)) return null;
    return (await this.ctx.loaders.standingOfOfficial.load(officialId))?.outcome ?? null;
  }

  /**
   * A page of the caller's district's officials (within the caller's scope) whose finalised grades
   * give `outcome` (docs/rules.md rule 11), by name: one statement over the stored facts for the
   * officials, then the page. For an ADMIN or ASSESSOR, or a token with assessments:read and officials:read.
   * FORBIDDEN for other roles and for any other district, whether it exists or not.
   */
  async officialsByOutcome(
    districtId: string,
    outcome: PersonnelOutcome,
    page: PageArgs,
  ): Promise<Connection<Official>> {
    assertOwnDistrict(this.viewer, OUTCOME_READERS, districtId, "list this district's officials by outcome");
    const ids = await officialsWithOutcome(this.ctx.db, this.viewer, districtId, outcome);
    return this.deps.officials.list({ districtId, ids }, undefined, page);
  }

  /**
   * The caller's district's year at a glance (docs/rules.md rules 10 and 11) within the caller's scope
   * (a 街道's users see their 街道's lines only): grades by subdistrict and officials by outcome, as
   * counts. For an ASSESSOR, ADMIN, CHAIR or a token with assessments:read. BAD_USER_INPUT on
   * `year` outside 2000–2100; FORBIDDEN for other roles and for any other district, whether it
   * exists or not.
   */
  async overview(districtId: string, year: number): Promise<AssessmentOverview> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new BadUserInputError(coreReasons['validation.yearRange'](), 'year');
    assertOwnDistrict(this.viewer, OVERVIEW_READERS, districtId, "read this district's assessment overview");
    return assessmentOverview(this.ctx.db, this.viewer, districtId, year);
  }

  private async change(id: string, action: string, apply: (a: AnnualAssessment) => void): Promise<AnnualAssessment> {
    const found = await this.get(id);
    assertMay(this.viewer, ASSESSORS, await this.placeOf(found), 'change this assessment');
    return this.ctx.transaction(async ({ manager, record }) => {
      const a = await manager
        .getRepository(AnnualAssessment)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id })
        .getOneOrFail();
      if (a.status === AssessmentStatus.FINALIZED) throw new ConflictError(assessmentReasons.assessmentFinalized());
      const before = snapshot(a, FIELDS);
      apply(a);
      const saved = await manager.getRepository(AnnualAssessment).save(a);
      // Finalising adds a year to rule 11's run (docs/rules.md rule 11, "Stored facts"); an override of a
      // DRAFT changes neither which assessment is the latest nor the outcome.
      if (saved.status === AssessmentStatus.FINALIZED) await refreshStandings(manager, [saved.officialId]);
      // A finalised assessment is told to the district's systems (its event's notice, queued in the outbox).
      const notice =
        saved.status === AssessmentStatus.FINALIZED
          ? await finalizedNotice(manager, this.ctx.places, saved)
          : undefined;
      await record({
        actorId: this.viewer.userId,
        type: action,
        entityType: 'AnnualAssessment',
        entityId: id,
        before,
        after: snapshot(saved, FIELDS),
        ...(notice ? { notice } : {}),
      });
      this.loader.clear(id);
      return saved;
    });
  }
}
