import { snapshot, type DomainEvent, type Transaction } from '../core/domain-events';
import { Building } from './building.entity';
import { ConventionVersionStatus } from './convention-enums';
import { ConventionVersion } from './convention.entity';
import { reachesTwoThirds } from './convention-threshold';

/** The events of buildings and their conventions (docs/rules.md rule 14), as the audit log names them. */
export const ConventionEvent = {
  BUILDING_CREATED: 'building.created',
  BUILDING_UPDATED: 'building.updated',
  CONVENTION_CREATED: 'building_convention.created',
  CONVENTION_UPDATED: 'building_convention.updated',
  VERSION_ADDED: 'convention_version.added',
  VERSION_WITHDRAWN: 'convention_version.withdrawn',
  VERSION_ANSWERED: 'convention_version.answered',
  VERSION_TOOK_EFFECT: 'convention_version.took_effect',
  VERSION_SUPERSEDED: 'convention_version.superseded',
  CODES_ISSUED: 'household_codes.issued',
  CODES_VOIDED: 'household_codes.voided',
  BREACH_RECORDED: 'convention_breach.recorded',
  BREACH_FOLLOWED_UP: 'convention_breach.followed_up',
} as const;

/** What the audit log keeps of a building. */
export const BUILDING_FIELDS: (keyof Building)[] = ['id', 'neighborhoodId', 'subdistrictId', 'name', 'households'];

/** What the audit log keeps of a version: its counts and state, never a household. */
export const VERSION_FIELDS: (keyof ConventionVersion)[] = [
  'id',
  'conventionId',
  'buildingId',
  'number',
  'status',
  'approvals',
  'rejections',
  'effectiveAt',
  'householdsAtEffect',
];

/** An event about a record of this module. */
export function conventionEvent(
  type: string,
  actorId: string | null,
  entityType: string,
  entityId: string,
  change: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; at?: Date },
): DomainEvent {
  return { type, actorId, entityType, entityId, ...change };
}

/**
 * Puts an OPEN version into effect when its approvals reach two thirds of `households` (the
 * building's households now), inside the caller's transaction, which holds the building's and the
 * version's locks (docs/rules.md rule 14). The convention's version in effect until then becomes
 * SUPERSEDED. Records `convention_version.took_effect` (and `.superseded`) by `actorId`; returns
 * whether the version took effect.
 */
export async function takeEffectIfReached(
  tx: Transaction,
  version: ConventionVersion,
  households: number,
  actorId: string | null,
): Promise<boolean> {
  if (version.status !== ConventionVersionStatus.OPEN || !reachesTwoThirds(version.approvals, households)) return false;
  const repo = tx.manager.getRepository(ConventionVersion);
  const previous = await repo
    .createQueryBuilder('v')
    .setLock('pessimistic_write')
    .where('v.conventionId = :conventionId AND v.status = :effective', {
      conventionId: version.conventionId,
      effective: ConventionVersionStatus.EFFECTIVE,
    })
    .getMany();
  for (const old of previous) {
    const before = snapshot(old, VERSION_FIELDS);
    old.status = ConventionVersionStatus.SUPERSEDED;
    await repo.save(old);
    await tx.record(
      conventionEvent(ConventionEvent.VERSION_SUPERSEDED, actorId, 'ConventionVersion', old.id, {
        before,
        after: snapshot(old, VERSION_FIELDS),
      }),
    );
  }
  const before = snapshot(version, VERSION_FIELDS);
  version.status = ConventionVersionStatus.EFFECTIVE;
  version.effectiveAt = new Date();
  version.householdsAtEffect = households;
  await repo.save(version);
  await tx.record(
    conventionEvent(ConventionEvent.VERSION_TOOK_EFFECT, actorId, 'ConventionVersion', version.id, {
      before,
      after: snapshot(version, VERSION_FIELDS),
    }),
  );
  return true;
}
