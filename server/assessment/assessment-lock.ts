import type { EntityManager } from 'typeorm';
import { ConflictError } from '../core/errors';
import { AnnualAssessment } from './annual-assessment.entity';
import { AssessmentStatus } from './assessment-enums';
import { assessmentReasons } from './reasons';

/**
 * The official's assessment of the year, locked for the rest of the transaction (`pessimistic_read`:
 * FOR SHARE, `pessimistic_write`: FOR UPDATE), or null when there is none. CONFLICT when it is
 * FINALIZED: its sources and score can no longer change.
 */
export async function lockedAssessment(
  manager: EntityManager,
  officialId: string,
  year: number,
  lock: 'pessimistic_read' | 'pessimistic_write',
): Promise<AnnualAssessment | null> {
  const row = await manager
    .getRepository(AnnualAssessment)
    .createQueryBuilder('a')
    .setLock(lock)
    .where('a.officialId = :officialId AND a.year = :year', { officialId, year })
    .getOne();
  if (row?.status === AssessmentStatus.FINALIZED) throw new ConflictError(assessmentReasons.sourcesFinalized({ year }));
  return row;
}
