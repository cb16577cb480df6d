import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '../core/domain-events';
import type { PlaceFinder } from '../core/request-context';
import { Official } from '../official/official.entity';
import type { AnnualAssessment } from './annual-assessment.entity';

/** What `assessment.finalized` tells district systems: the official's ids, year, score, grade and breach flag (docs/rules.md rule 10). */
export function assessmentFinalizedPayload(
  assessment: AnnualAssessment,
  externalId: string | null,
): Record<string, unknown> {
  return {
    assessmentId: assessment.id,
    officialId: assessment.officialId,
    externalId,
    year: assessment.year,
    score: assessment.score,
    grade: assessment.grade,
    redLineBreached: assessment.redLineBreached,
  };
}

/** The notice of a finalised assessment: to the official's district, read through `manager` (the finalising transaction). */
export async function finalizedNotice(
  manager: EntityManager,
  places: PlaceFinder,
  assessment: AnnualAssessment,
): Promise<NonNullable<DomainEvent['notice']>> {
  const official = await manager.getRepository(Official).findOneByOrFail({ id: assessment.officialId });
  const { districtId } = await places.placeInSubdistrict(official.subdistrictId);
  return { districtId, payload: assessmentFinalizedPayload(assessment, official.externalId) };
}
