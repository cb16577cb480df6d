import type { EntityManager } from 'typeorm';
import { audit, snapshot } from '../audit/audit';
import { BadUserInputError, ConflictError } from '../core/errors';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { whereEquals } from '../core/filters';
import { saysSomething } from '../core/inputs';
import { OfficialRecordService } from '../core/official-record';
import { assertMay } from '../core/viewer';
import { Official } from '../official/official.entity';
import { Role } from '../user/role';
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
  RecordThirdPartyEvaluationInput,
  SetAssessmentPolicyInput,
} from './assessment.inputs';
import { outcomeOf } from './outcome';
import { AssessmentOverview, assessmentOverview, districtOutcomes } from './assessment-overview';
import { assertOwnDistrict, assertReadsAssessments, limitToReadableAssessments, mayReadAssessmentsOf } from './assessment-access';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';
import { assessmentFinalizedPayload, enqueue, WebhookEvent } from '../webhook';

const FIELDS: (keyof AnnualAssessment)[] = [
  'id', 'officialId', 'year', 'status', 'meetingScore', 'meetingRatingCount', 'thirdPartyScore', 'selfReportMark', 'score', 'computedGrade', 'overrideGrade', 'overrideReason', 'redLineBreached',
];
const ASSESSORS = [Role.ASSESSOR, Role.ADMIN];
/** Who reads a district's policy: every user of the district, and a token with assessments:read. */
const POLICY_READERS = [Role.ADMIN, Role.ASSESSOR, Role.CHAIR, Role.REPRESENTATIVE, Role.OFFICIAL, Role.INTEGRATION];
/** Who reads a district's overview (counts only): the assessors and staff, the chairs (their 街道), a token with assessments:read. */
const OVERVIEW_READERS = [Role.ADMIN, Role.ASSESSOR, Role.CHAIR, Role.INTEGRATION];
/** Who lists a district's officials by outcome: those who read every official's grades. */
const OUTCOME_READERS = [Role.ADMIN, Role.ASSESSOR, Role.INTEGRATION];
const SORT_COLUMNS: Record<AnnualAssessmentOrderField, string> = { YEAR: 'a.year', SCORE: 'a.score', STATUS: 'a.status', CREATED_AT: 'a.createdAt' };

/** Annual assessments (docs/rules.md rules 10 and 11): policies, third-party scores, the yearly grade, its use. */
export class AssessmentService extends OfficialRecordService<AnnualAssessment> {
  protected readonly typeName = 'AnnualAssessment';
  protected readonly integrationReadScope = 'assessments:read';

  protected get loader() {
    return this.ctx.loaders.annualAssessment;
  }

  /**
   * The stored policy of the caller's own district for a year, or null when the defaults of docs/rules.md rule 10
   * apply: for every user of the district and a token with assessments:read. FORBIDDEN for any
   * other district, whether it exists or not.
   */
  async policy(districtId: string, year: number): Promise<AssessmentPolicy | null> {
    assertOwnDistrict(this.viewer, POLICY_READERS, districtId, 'read this district\'s assessment policy');
    return this.ctx.db.getRepository(AssessmentPolicy).findOneBy({ districtId, year });
  }

  /**
   * Sets a district's policy for a year (an ASSESSOR or ADMIN of the whole district; docs/rules.md rule 10)
   * and returns it. BAD_USER_INPUT when the part or panel weights do not sum to 100 or the bands are
   * not ordered. CONFLICT once an assessment of that district and year is finalised. Idempotent:
   * one upsert on (district, year), so identical concurrent calls all succeed on one row, each
   * audited in its own transaction.
   */
  async setPolicy(input: SetAssessmentPolicyInput): Promise<AssessmentPolicy> {
    const district = await this.ctx.services().districts.referenced(input.districtId, 'input.districtId');
    assertMay(this.viewer, ASSESSORS, { districtId: district.id, subdistrictId: null }, 'set this district\'s assessment policy');
    const parts = input.meetingWeight + input.thirdPartyWeight + input.selfReportWeight;
    if (parts !== 100) throw new BadUserInputError(`input.meetingWeight: the three part weights sum to ${parts}; they must sum to 100`, 'input.meetingWeight');
    const panels = new Set(input.panelWeights.map((p) => p.panel));
    const panelSum = input.panelWeights.reduce((sum, p) => sum + p.weight, 0);
    if (panels.size !== 4 || input.panelWeights.length !== 4 || panelSum !== 100) {
      throw new BadUserInputError('input.panelWeights: give each of the four panels once, with weights summing to 100', 'input.panelWeights');
    }
    if (!(input.excellentFrom > input.goodFrom && input.goodFrom > input.mediocreFrom)) {
      throw new BadUserInputError('input.goodFrom: the bands must be ordered: excellentFrom > goodFrom > mediocreFrom', 'input.goodFrom');
    }
    return this.ctx.db.transaction(async (manager) => {
      const finalized = await manager.query(
        `SELECT 1 FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
          WHERE s.district_id = $1 AND a.year = $2 AND a.status = 'FINALIZED' LIMIT 1`,
        [district.id, input.year],
      );
      if (finalized.length > 0) throw new ConflictError(`Assessments of ${input.year} are already finalised; the policy can no longer change`);
      const repo = manager.getRepository(AssessmentPolicy);
      const values = {
        districtId: district.id,
        year: input.year,
        meetingWeight: input.meetingWeight,
        thirdPartyWeight: input.thirdPartyWeight,
        selfReportWeight: input.selfReportWeight,
        panelWeights: input.panelWeights.map(({ panel, weight }) => ({ panel, weight })),
        excellentFrom: input.excellentFrom,
        goodFrom: input.goodFrom,
        mediocreFrom: input.mediocreFrom,
        minRatings: input.minRatings,
      };
      await repo.upsert(values, { conflictPaths: ['districtId', 'year'] });
      const saved = await repo.findOneByOrFail({ districtId: district.id, year: input.year });
      await audit(manager, { actorId: this.viewer.userId, action: 'policy.set', entityType: 'AssessmentPolicy', entityId: saved.id, after: { ...values } });
      return saved;
    });
  }

  /**
   * Records (or replaces) one panel's score of an official for a year (ASSESSOR or ADMIN over the
   * official; docs/rules.md rule 10) and returns it. CONFLICT once the year's assessment is finalised
   * (checked under a share lock of that assessment, so a concurrent finalisation waits or wins).
   * Idempotent: one upsert on (official, year, panel), so identical concurrent calls all succeed.
   */
  async recordThirdParty(input: RecordThirdPartyEvaluationInput): Promise<ThirdPartyEvaluation> {
    const official = await this.ctx.services().officials.referenced(input.officialId, 'input.officialId');
    assertMay(this.viewer, ASSESSORS, await this.placeInSubdistrict(official.subdistrictId), 'score this official');
    return this.ctx.db.transaction(async (manager) => {
      await this.lockedAssessment(manager, official.id, input.year, 'pessimistic_read');
      const repo = manager.getRepository(ThirdPartyEvaluation);
      const values = { officialId: official.id, year: input.year, panel: input.panel, score: input.score };
      await repo.upsert(values, { conflictPaths: ['officialId', 'year', 'panel'] });
      const saved = await repo.findOneByOrFail({ officialId: official.id, year: input.year, panel: input.panel });
      await audit(manager, { actorId: this.viewer.userId, action: 'third_party.recorded', entityType: 'Official', entityId: official.id, after: { ...input } });
      return saved;
    });
  }

  /**
   * Computes an official's DRAFT assessment for a year (docs/rules.md rule 10) from its sources: the
   * published results of that year's closed meetings (mean score weighted by rating count), the
   * panels' scores (policy weights) and the assessors' mark; parts missing are left out and the
   * others' weights renormalised. Marks `redLineBreached` from concluded accountability cases.
   * CONFLICT once finalised; an override survives recomputation. With no part at all the score
   * and computed grade are null. Idempotent: the row is inserted if missing and locked before it
   * is read, so identical concurrent calls all succeed on one row, each audited.
   */
  async assess(input: AssessOfficialInput): Promise<AnnualAssessment> {
    const official = await this.ctx.services().officials.referenced(input.officialId, 'input.officialId');
    const place = await this.placeInSubdistrict(official.subdistrictId);
    assertMay(this.viewer, ASSESSORS, place, 'assess this official');
    const rules = (await this.ctx.db.getRepository(AssessmentPolicy).findOneBy({ districtId: place.districtId, year: input.year })) ?? DEFAULT_POLICY;
    return this.ctx.db.transaction(async (manager) => {
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
      const assessment = (await this.lockedAssessment(manager, official.id, input.year, 'pessimistic_write'))!;
      const before = isNew ? null : snapshot(assessment, FIELDS);
      if (input.selfReportMark !== undefined) assessment.selfReportMark = input.selfReportMark;
      const breached = (await this.ctx.services().accountability.breachedYears([official.id])).get(official.id)?.has(input.year) ?? false;
      Object.assign(assessment, await assessmentParts(manager, official.id, input.year, rules, assessment.selfReportMark), { redLineBreached: breached });
      const saved = await manager.getRepository(AnnualAssessment).save(assessment);
      await audit(manager, { actorId: this.viewer.userId, action: 'assessment.computed', entityType: 'AnnualAssessment', entityId: saved.id, before, after: snapshot(saved, FIELDS) });
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
    if (!saysSomething(input.reason)) throw new BadUserInputError('input.reason: an override needs a written reason that says something', 'input.reason');
    return this.change(id, 'assessment.overridden', (a) => {
      if (a.score === null) throw withoutData(a, 'overridden');
      Object.assign(a, { overrideGrade: input.grade, overrideReason: input.reason.trim() });
    });
  }

  /**
   * DRAFT → FINALIZED, final and audited (ASSESSOR or ADMIN; docs/rules.md rule 10). BAD_USER_INPUT on `id`,
   * with `extensions.missing` naming the parts without data, when the assessment has no score,
   * unless a concluded accountability case found a red line breached that year: the breach carries
   * the year, outside the four grades (docs/rules.md rule 9). CONFLICT when already finalised.
   */
  finalize(id: string): Promise<AnnualAssessment> {
    return this.change(id, 'assessment.finalized', (a) => {
      if (a.score === null && !a.redLineBreached) throw withoutData(a, 'finalised');
      Object.assign(a, { status: AssessmentStatus.FINALIZED, finalizedAt: new Date(), finalizedById: this.viewer.userId });
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
  list(filter: AnnualAssessmentFilter | undefined, orderBy: AnnualAssessmentOrder[] | undefined, page: PageArgs): Promise<Connection<AnnualAssessment>> {
    assertReadsAssessments(this.viewer, 'list annual assessments');
    const qb = limitToReadableAssessments(this.ctx.db.getRepository(AnnualAssessment).createQueryBuilder('a'), this.viewer);
    if (filter?.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'officialId', filter?.officialId);
    whereEquals(qb, 'year', filter?.year);
    whereEquals(qb, 'status', filter?.status);
    whereEquals(qb, 'redLineBreached', filter?.redLineBreached);
    if (filter?.grade) qb.andWhere('NOT a.redLineBreached AND coalesce(a.overrideGrade, a.computedGrade) = :fg', { fg: filter.grade });
    if (filter?.subdistrictId) qb.andWhere('a.officialId IN (SELECT o.id FROM official o WHERE o.subdistrict_id = :fs)', { fs: filter.subdistrictId });
    if (filter?.districtId) {
      qb.andWhere('a.officialId IN (SELECT o.id FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.district_id = :fd)', { fd: filter.districtId });
    }
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: AnnualAssessmentOrderField.YEAR, direction: OrderDirection.DESC }]);
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

  /** An official's assessment of the newest year, whatever its status; null when none or when the caller may not read it (as ofOfficial). */
  async latestOfOfficial(officialId: string): Promise<AnnualAssessment | null> {
    if (!mayReadAssessmentsOf(this.viewer, officialId)) return null;
    const rows = await this.ctx.loaders.assessmentsByOfficial.load(officialId);
    return rows.reduce<AnnualAssessment | null>((latest, a) => (latest === null || a.year > latest.year ? a : latest), null);
  }

  /** docs/rules.md rule 11 for one official, from their finalised assessments; null when none applies or the caller may not read them (as ofOfficial). */
  async outcome(officialId: string): Promise<PersonnelOutcome | null> {
    if (!mayReadAssessmentsOf(this.viewer, officialId)) return null;
    const rows = await this.ctx.loaders.assessmentsByOfficial.load(officialId);
    return outcomeOf(rows.filter((a: AnnualAssessment) => a.status === AssessmentStatus.FINALIZED).map((a: AnnualAssessment) => ({ year: a.year, grade: a.grade })));
  }

  /**
   * A page of the caller's district's officials (within the caller's scope) whose finalised grades
   * give `outcome` (docs/rules.md rule 11), by name: one statement for every outcome of the district, then
   * the page. For an ADMIN or ASSESSOR, or a token with assessments:read and officials:read.
   * FORBIDDEN for other roles and for any other district, whether it exists or not.
   */
  async officialsByOutcome(districtId: string, outcome: PersonnelOutcome, page: PageArgs): Promise<Connection<Official>> {
    assertOwnDistrict(this.viewer, OUTCOME_READERS, districtId, 'list this district\'s officials by outcome');
    const outcomes = await districtOutcomes(this.ctx.db, this.viewer, districtId);
    const ids = [...outcomes].filter(([, o]) => o === outcome).map(([id]) => id);
    return this.ctx.services().officials.list({ districtId, ids }, undefined, page);
  }

  /**
   * The caller's district's year at a glance (docs/rules.md rules 10 and 11) within the caller's scope
   * (a 街道's users see their 街道's lines only): grades by subdistrict and officials by outcome, as
   * counts. For an ASSESSOR, ADMIN, CHAIR or a token with assessments:read. BAD_USER_INPUT on
   * `year` outside 2000–2100; FORBIDDEN for other roles and for any other district, whether it
   * exists or not.
   */
  async overview(districtId: string, year: number): Promise<AssessmentOverview> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError('year: give a year between 2000 and 2100', 'year');
    assertOwnDistrict(this.viewer, OVERVIEW_READERS, districtId, 'read this district\'s assessment overview');
    return assessmentOverview(this.ctx.db, this.viewer, districtId, year);
  }

  private async change(id: string, action: string, apply: (a: AnnualAssessment) => void): Promise<AnnualAssessment> {
    const found = await this.get(id);
    assertMay(this.viewer, ASSESSORS, await this.placeOf(found), 'change this assessment');
    return this.ctx.db.transaction(async (manager) => {
      const a = await manager.getRepository(AnnualAssessment).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOneOrFail();
      if (a.status === AssessmentStatus.FINALIZED) throw new ConflictError('This assessment is FINALIZED; it can no longer change');
      const before = snapshot(a, FIELDS);
      apply(a);
      const saved = await manager.getRepository(AnnualAssessment).save(a);
      if (saved.status === AssessmentStatus.FINALIZED) await this.enqueueFinalized(manager, saved);
      await audit(manager, { actorId: this.viewer.userId, action, entityType: 'AnnualAssessment', entityId: id, before, after: snapshot(saved, FIELDS) });
      this.loader.clear(id);
      return saved;
    });
  }

  /** Queues `assessment.finalized` for the district's webhooks, in the finalising transaction. */
  private async enqueueFinalized(manager: EntityManager, a: AnnualAssessment): Promise<void> {
    const official = await manager.getRepository(Official).findOneByOrFail({ id: a.officialId });
    const { districtId } = await this.placeInSubdistrict(official.subdistrictId);
    await enqueue(manager, districtId, WebhookEvent.ASSESSMENT_FINALIZED, assessmentFinalizedPayload(a, official.externalId));
  }

  /**
   * The official's assessment of the year, locked for the rest of the transaction (`pessimistic_read`:
   * FOR SHARE, `pessimistic_write`: FOR UPDATE), or null when there is none. CONFLICT when it is
   * FINALIZED: its sources and score can no longer change.
   */
  private async lockedAssessment(manager: EntityManager, officialId: string, year: number, lock: 'pessimistic_read' | 'pessimistic_write'): Promise<AnnualAssessment | null> {
    const row = await manager.getRepository(AnnualAssessment).createQueryBuilder('a').setLock(lock)
      .where('a.officialId = :officialId AND a.year = :year', { officialId, year }).getOne();
    if (row?.status === AssessmentStatus.FINALIZED) throw new ConflictError(`The ${year} assessment of this official is FINALIZED; its sources can no longer change`);
    return row;
  }
}
