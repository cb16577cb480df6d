import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../core/errors';
import { enqueue, WebhookEvent } from '../webhook';
import { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { MatterStatus } from './matter-enums';
import type { UnitRef } from './matter-access';
import { matterReasons } from './reasons';

/** The matter with this id, locked for the rest of the transaction (FOR UPDATE); NOT_FOUND when gone. */
export async function lockMatter(manager: EntityManager, id: string): Promise<Matter> {
  const matter = await manager
    .getRepository(Matter)
    .createQueryBuilder('m')
    .setLock('pessimistic_write')
    .where('m.id = :id', { id })
    .getOne();
  if (!matter) throw new NotFoundError('Matter', id);
  return matter;
}

/** One timeline entry to append; `unit` is the office or agency that acted, `target` where the matter went. */
export interface NewEvent extends Partial<
  Omit<MatterEvent, 'officeId' | 'agencyId' | 'targetOfficeId' | 'targetAgencyId'>
> {
  kind: MatterEvent['kind'];
  at: Date;
  unit?: UnitRef | null;
  target?: UnitRef | null;
}

/** Appends entries to the matter's timeline in one INSERT, inside the caller's transaction. */
export async function appendEvents(
  manager: EntityManager,
  matterId: string,
  actorId: string | null,
  events: NewEvent[],
): Promise<void> {
  const rows = events.map(({ unit, target, ...event }) => ({
    matterId,
    actorId,
    officeId: unit?.officeId ?? null,
    agencyId: unit?.agencyId ?? null,
    targetOfficeId: target?.officeId ?? null,
    targetAgencyId: target?.agencyId ?? null,
    duty: null,
    note: null,
    chargedWorkingDays: null,
    satisfaction: null,
    decision: null,
    ...event,
  }));
  await manager.getRepository(MatterEvent).insert(rows);
}

/** The matter's owner as a unit reference. */
export function ownerOf(matter: Matter): UnitRef {
  return { officeId: matter.ownerOfficeId, agencyId: matter.ownerAgencyId };
}

/** CONFLICT naming `id` unless the matter is in one of `statuses`; `what` says what was refused. */
export function assertStatus(matter: Matter, statuses: readonly MatterStatus[], what: string): void {
  if (!statuses.includes(matter.status)) {
    throw new ConflictError(
      matterReasons.wrongStatus({ status: matter.status, what, statuses: statuses.join(' or ') }),
      'id',
    );
  }
}

/**
 * Queues a matter webhook (MATTER_TRANSFERRED, MATTER_OVERDUE, MATTER_RESOLVED) for the district's
 * subscriptions in the caller's transaction (the outbox). Ids, times and figures only: never the
 * reporter's name or phone (docs/rules.md rule 13).
 */
export async function notifyMatter(
  manager: EntityManager,
  matter: Matter,
  event: WebhookEvent,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const [row] = (await manager.query('SELECT district_id FROM subdistrict WHERE id = $1', [matter.subdistrictId])) as {
    district_id: string;
  }[];
  await enqueue(manager, row.district_id, event, matterPayload(matter, extra));
}

/** The payload of a matter webhook: the matter's ids, type, status, owner and times, and `extra`. */
export function matterPayload(matter: Matter, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    matterId: matter.id,
    externalId: matter.externalId,
    type: matter.type,
    status: matter.status,
    subdistrictId: matter.subdistrictId,
    ownerOfficeId: matter.ownerOfficeId,
    ownerAgencyId: matter.ownerAgencyId,
    receivedAt: matter.receivedAt.toISOString(),
    dueAt: matter.dueAt.toISOString(),
    runAround: matter.runAround,
    ...extra,
  };
}
