import { BadUserInputError, ConflictError } from '../core/errors';
import type { ServiceContext } from '../core/request-context';
import { assertMay } from '../core/viewer';
import type { DistrictService } from '../district/district.service';
import { OfficialRecordService } from '../official/official-record';
import type { OfficialLoaders } from '../official/official.loaders';
import type { OfficialService } from '../official/official.service';
import type { AnnualAssessment } from './annual-assessment.entity';
import { ASSESSORS, assertOwnDistrict, POLICY_READERS } from './assessment-access';
import { lockedAssessment } from './assessment-lock';
import { AssessmentPolicy } from './assessment-policy.entity';
import { GradeLabels } from './assessment-enums';
import type { RecordThirdPartyEvaluationInput, SetAssessmentPolicyInput } from './assessment.inputs';
import type { AssessmentLoaders } from './assessment.loaders';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';
import { assessmentReasons } from './reasons';

/** The loaders this service reads. */
type AssessmentSourcesServiceLoaders = AssessmentLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface AssessmentSourcesDeps {
  districts: DistrictService;
  officials: OfficialService;
}

/**
 * The sources of annual assessments (docs/rules.md rule 10) other than the meetings: each district's
 * policy for a year (part and panel weights, grade bands, the minimum of ratings) and the
 * third-party panels' scores. Callers are checked as for the assessments themselves.
 */
export class AssessmentSourcesService extends OfficialRecordService<AnnualAssessment, AssessmentSourcesServiceLoaders> {
  protected readonly typeName = 'AnnualAssessment';
  protected readonly integrationReadScope = 'assessments:read';

  constructor(
    ctx: ServiceContext<AssessmentSourcesServiceLoaders>,
    private readonly deps: AssessmentSourcesDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.annualAssessment;
  }

  /**
   * The stored policy of the caller's own district for a year, or null when the defaults of docs/rules.md rule 10
   * apply: for every user of the district and a token with assessments:read. FORBIDDEN for any
   * other district, whether it exists or not.
   */
  async policy(districtId: string, year: number): Promise<AssessmentPolicy | null> {
    assertOwnDistrict(this.viewer, POLICY_READERS, districtId, "read this district's assessment policy");
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
    const district = await this.deps.districts.referenced(input.districtId, 'input.districtId');
    assertMay(
      this.viewer,
      ASSESSORS,
      { districtId: district.id, subdistrictId: null },
      "set this district's assessment policy",
    );
    const parts = input.meetingWeight + input.thirdPartyWeight + input.selfReportWeight;
    if (parts !== 100) throw new BadUserInputError(assessmentReasons.partWeightsSum({ parts }), 'input.meetingWeight');
    const panels = new Set(input.panelWeights.map((p) => p.panel));
    const panelSum = input.panelWeights.reduce((sum, p) => sum + p.weight, 0);
    if (panels.size !== 4 || input.panelWeights.length !== 4 || panelSum !== 100) {
      throw new BadUserInputError(assessmentReasons.panelWeights(), 'input.panelWeights');
    }
    if (!(input.excellentFrom > input.goodFrom && input.goodFrom > input.mediocreFrom)) {
      throw new BadUserInputError(assessmentReasons.bandsOrder(), 'input.goodFrom');
    }
    return this.ctx.transaction(async ({ manager, record }) => {
      const finalized = await manager.query(
        `SELECT 1 FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
          WHERE s.district_id = $1 AND a.year = $2 AND a.status = 'FINALIZED' LIMIT 1`,
        [district.id, input.year],
      );
      if (finalized.length > 0) throw new ConflictError(assessmentReasons.policyYearFinalized({ year: input.year }));
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
        gradeLabels: input.gradeLabels ?? GradeLabels.STANDARD,
      };
      await repo.upsert(values, { conflictPaths: ['districtId', 'year'] });
      const saved = await repo.findOneByOrFail({ districtId: district.id, year: input.year });
      await record({
        actorId: this.viewer.userId,
        type: 'policy.set',
        entityType: 'AssessmentPolicy',
        entityId: saved.id,
        after: { ...values },
      });
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
    const official = await this.deps.officials.referenced(input.officialId, 'input.officialId');
    assertMay(this.viewer, ASSESSORS, await this.placeInSubdistrict(official.subdistrictId), 'score this official');
    return this.ctx.transaction(async ({ manager, record }) => {
      await lockedAssessment(manager, official.id, input.year, 'pessimistic_read');
      const repo = manager.getRepository(ThirdPartyEvaluation);
      const values = { officialId: official.id, year: input.year, panel: input.panel, score: input.score };
      await repo.upsert(values, { conflictPaths: ['officialId', 'year', 'panel'] });
      const saved = await repo.findOneByOrFail({ officialId: official.id, year: input.year, panel: input.panel });
      await record({
        actorId: this.viewer.userId,
        type: 'third_party.recorded',
        entityType: 'Official',
        entityId: official.id,
        after: { ...input },
      });
      return saved;
    });
  }
}
