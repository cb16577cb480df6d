import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ForbiddenError } from '../core/errors';
import type { ScopeFilter } from '../core/loaders';
import { limitToOfficialScope } from '../official/official-record';
import type { Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { assessmentReasons } from './reasons';
import { coreReasons } from '../core/core-reasons';

/**
 * Who reads annual assessments (docs/rules.md, Roles and reach, and "the officials themselves … read
 * their own results"): the assessors and staff of the scope (ASSESSOR, ADMIN), a district system
 * whose token has `assessments:read` (INTEGRATION; the scope itself is checked by the service), and
 * an OFFICIAL, who reads only their own. A CHAIR or REPRESENTATIVE reads no one's grades.
 */
/** Who assesses: computes, overrides and finalises grades, records panel scores and sets policies (docs/rules.md rule 10). */
export const ASSESSORS: Role[] = [Role.ASSESSOR, Role.ADMIN];

/** Who reads a district's policy: every user of the district, and a token with assessments:read. */
export const POLICY_READERS: readonly Role[] = [
  Role.ADMIN,
  Role.ASSESSOR,
  Role.CHAIR,
  Role.REPRESENTATIVE,
  Role.OFFICIAL,
  Role.INTEGRATION,
];

export const ASSESSMENT_READERS: readonly Role[] = [Role.ADMIN, Role.ASSESSOR, Role.INTEGRATION, Role.OFFICIAL];

/** Whether the viewer's role reads annual assessments at all (ASSESSMENT_READERS). */
export function readsAssessments(viewer: Viewer): boolean {
  return ASSESSMENT_READERS.includes(viewer.role);
}

/** Raises FORBIDDEN unless the viewer's role reads annual assessments; `what` names the read refused. */
export function assertReadsAssessments(viewer: Viewer, what: string): void {
  if (!readsAssessments(viewer))
    throw new ForbiddenError(assessmentReasons.roleMayNotRead({ role: viewer.role, what }));
}

/**
 * Whether the viewer may read the assessments of an official already known to lie within the
 * viewer's scope: a reader's role, and for an OFFICIAL only their own official.
 */
export function mayReadAssessmentsOf(viewer: Viewer, officialId: string): boolean {
  if (!readsAssessments(viewer)) return false;
  return viewer.role !== Role.OFFICIAL || (!!viewer.officialId && viewer.officialId === officialId);
}

/**
 * Limits a query of records that belong to an official (assessments, panel scores) to those the
 * viewer may read: within the viewer's scope (limitToOfficialScope), only the viewer's own official
 * for an OFFICIAL, and nothing for a role that reads no assessments. `officialColumn` is the
 * property path of the official's id, by default `<alias>.officialId`.
 */
export function limitToReadableAssessments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer,
  officialColumn = `${qb.alias}.officialId`,
): SelectQueryBuilder<T> {
  if (!readsAssessments(viewer) || (viewer.role === Role.OFFICIAL && !viewer.officialId)) return qb.andWhere('1 = 0');
  if (viewer.role === Role.OFFICIAL)
    qb.andWhere(`${officialColumn} = :readerOfficialId`, { readerOfficialId: viewer.officialId });
  return limitToOfficialScope(qb, viewer, officialColumn);
}

/** The loader scope of assessment records (limitToReadableAssessments); undefined (no limit) only for the server's own work. */
export function assessmentScopeFilter(viewer: Viewer | null): ScopeFilter | undefined {
  return viewer ? (qb) => limitToReadableAssessments(qb, viewer) : undefined;
}

/**
 * Raises FORBIDDEN unless the viewer has one of `roles` and `districtId` is the viewer's own
 * district. Another district is refused the same way whether it exists or not, so a district-level
 * read (policy, overview, outcome lists) never tells anything of another district.
 */
export function assertOwnDistrict(viewer: Viewer, roles: readonly Role[], districtId: string, what: string): void {
  if (!roles.includes(viewer.role))
    throw new ForbiddenError(coreReasons['access.roleMayNot']({ role: viewer.role, what }));
  if (districtId !== viewer.districtId) throw new ForbiddenError(assessmentReasons.otherDistrict({ what }));
}
