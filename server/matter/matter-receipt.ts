import type { EntityManager } from 'typeorm';
import { Matter } from './matter.entity';
import { MatterEventKind, MatterStatus, MatterType } from './matter-enums';
import type { Unit } from './matter-access';
import { appendEvents } from './matter-store';
import { hashTrackingCode, newTrackingCode, normaliseTrackingCode } from './tracking-code';
import { dueAfterWorkingDays } from './working-days';

/** docs/rules.md rule 13's deadlines in working days by type (COMPLEX: 15 only with an approved extension). */
export const DEADLINE_WORKING_DAYS: Record<MatterType, number> = {
  CONSULTATION: 1,
  COMPLAINT: 5,
  REQUEST_FOR_HELP: 5,
  COMPLEX: 5,
};
/** Working days of a COMPLEX matter with an approved extension. */
export const EXTENDED_WORKING_DAYS = 15;
/** Working days within which the first response is due. */
export const RESPONSE_WORKING_DAYS = 1;

/** The earliest receipt time a matter may have: 2000-01-01 00:00 UTC (dates run 2000–2100). */
export const EARLIEST_RECEIPT = new Date(Date.UTC(2000, 0, 1));

/**
 * What is wrong with a receipt time given for a matter (`receivedAt`), or null: it may be neither
 * after `now` nor before EARLIEST_RECEIPT. Receiving and upserting refuse it as BAD_USER_INPUT
 * naming `receivedAt`.
 */
export function receiptTimeProblem(receivedAt: Date, now: Date): string | null {
  if (receivedAt.getTime() > now.getTime()) return 'must not be in the future';
  if (receivedAt.getTime() < EARLIEST_RECEIPT.getTime()) return 'must not be before 2000-01-01T00:00:00Z';
  return null;
}

/** A matter just received, with the resident's tracking code (shown this once). */
export interface ReceivedMatter {
  matter: Matter;
  trackingCode: string;
}

/** Fields of a new matter that receiving and upserting share. */
export type NewMatterFields = Pick<
  Matter,
  | 'type'
  | 'channel'
  | 'subdistrictId'
  | 'neighborhoodId'
  | 'title'
  | 'description'
  | 'place'
  | 'reporterName'
  | 'reporterPhone'
  | 'externalId'
>;

/**
 * Creates a matter received by `receiver` at `receivedAt` (docs/rules.md rule 13) with its RECEIVED event,
 * in the caller's transaction; returns it with a new tracking code (only its hash is stored).
 */
export async function createMatter(
  manager: EntityManager,
  fields: NewMatterFields,
  receiver: Unit,
  receivedAt: Date,
  actorId: string | null,
): Promise<ReceivedMatter> {
  const trackingCode = newTrackingCode();
  const repo = manager.getRepository(Matter);
  const matter = await repo.save(
    repo.create({
      ...fields,
      status: MatterStatus.RECEIVED,
      receiverOfficeId: receiver.officeId,
      receiverAgencyId: receiver.agencyId,
      ownerOfficeId: receiver.officeId,
      ownerAgencyId: receiver.agencyId,
      ownerSince: receivedAt,
      receivedAt,
      responseDueAt: dueAfterWorkingDays(receivedAt, RESPONSE_WORKING_DAYS),
      dueAt: dueAfterWorkingDays(receivedAt, DEADLINE_WORKING_DAYS[fields.type]),
      trackingCodeHash: hashTrackingCode(normaliseTrackingCode(trackingCode)!),
    }),
  );
  await appendEvents(manager, matter.id, actorId, [{ kind: MatterEventKind.RECEIVED, at: receivedAt, unit: receiver }]);
  return { matter, trackingCode };
}
