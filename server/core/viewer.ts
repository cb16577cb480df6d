import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role } from './role';
import { ForbiddenError } from './errors';
import { coreReasons } from './core-reasons';

/** The signed-in caller as the token says: who, which role, which scope (docs/rules.md, Roles and reach). */
export interface Viewer {
  userId: string;
  username: string;
  role: Role;
  /** District of the scope (also set for a subdistrict scope). */
  districtId: string;
  /** Subdistrict of the scope; null for a whole-district scope. */
  subdistrictId: string | null;
  /**
   * The sign-in session this request belongs to: a random id made at each `login` and carried in
   * the token (its `jti`), so that something can be tied to one session rather than to the user
   * (a ballot read back only by the session that cast it, docs/rules.md rule 7). Null for service tokens.
   */
  sessionId: string | null;
  /** What an INTEGRATION caller (a service token) may do, e.g. `officials:read`; absent for users. */
  scopes?: string[];
  /**
   * For an OFFICIAL user, the official they are (`User.officialId`, read with the session); null
   * or absent otherwise. An OFFICIAL reads only their own assessments through it.
   */
  officialId?: string | null;
}

/** Where a record lies, for scope checks: its district and, below district level, its subdistrict. */
export interface Place {
  districtId: string;
  subdistrictId?: string | null;
}

/** Whether `place` lies within the viewer's scope. District-level places are outside a subdistrict scope. */
export function inScope(viewer: Pick<Viewer, 'districtId' | 'subdistrictId'>, place: Place): boolean {
  if (viewer.subdistrictId) return place.subdistrictId === viewer.subdistrictId;
  return place.districtId === viewer.districtId;
}

/**
 * Limits a list or loader query to the viewer's scope, by the record's `subdistrictId` (records
 * placed in a subdistrict) or `districtId` (district-level records such as departments).
 */
export function limitToScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer,
  by: 'subdistrictId' | 'districtId',
): SelectQueryBuilder<T> {
  const a = qb.alias;
  if (by === 'districtId')
    return qb.andWhere(`${a}.districtId = :scopeDistrictId`, { scopeDistrictId: viewer.districtId });
  if (viewer.subdistrictId)
    return qb.andWhere(`${a}.subdistrictId = :scopeSubdistrictId`, { scopeSubdistrictId: viewer.subdistrictId });
  return qb.andWhere(
    `${a}.subdistrictId IN (SELECT scope_s.id FROM subdistrict scope_s WHERE scope_s.district_id = :scopeDistrictId)`,
    {
      scopeDistrictId: viewer.districtId,
    },
  );
}

/**
 * Raises FORBIDDEN unless the viewer has one of `roles` and `place` lies in the viewer's scope.
 * `what` says what was refused, e.g. "change offices of 外滩街道".
 */
export function assertMay(viewer: Viewer, roles: Role[], place: Place, what: string): void {
  if (!roles.includes(viewer.role))
    throw new ForbiddenError(coreReasons['access.roleMayNot']({ role: viewer.role, what }));
  if (!inScope(viewer, place)) throw new ForbiddenError(coreReasons['access.outsideScope']({ what }));
}

/** The "scope" of what every valid service token may read: public reference data (the divisions). */
export const ANY_SERVICE_TOKEN = '*';

/**
 * Raises FORBIDDEN unless an INTEGRATION caller's token carries `scope` (ANY_SERVICE_TOKEN: any token) (undefined: service tokens
 * may never do this). Callers of other roles pass unchanged; their rules are checked elsewhere.
 */
export function assertIntegrationScope(viewer: Viewer, scope: string | undefined, what: string): void {
  if (viewer.role !== Role.INTEGRATION || scope === ANY_SERVICE_TOKEN) return;
  if (!scope) throw new ForbiddenError(coreReasons['access.serviceTokenMayNot']({ what }));
  if (!viewer.scopes?.includes(scope))
    throw new ForbiddenError(coreReasons['access.serviceTokenScope']({ scope, what }));
}
