import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

/** One change to record. `before`/`after` are plain JSON snapshots (null for creation/deletion). */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** When, if not now (ballots are logged to the hour only). */
  at?: Date;
}

/** A record as JSON: dates as ISO strings, no undefined fields, nothing private (the caller chooses fields). */
export function snapshot<T extends object>(record: T, fields: (keyof T)[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = record[field];
    result[field as string] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return result;
}

/**
 * Appends entries to the audit log through `manager`, i.e. inside the caller's transaction, so a
 * change and its record are committed together or not at all. The table refuses UPDATE and DELETE.
 */
export async function audit(manager: EntityManager, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const repo = manager.getRepository(AuditEvent);
  const rows = entries.map((e) =>
    Object.assign(new AuditEvent(), {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      ...(e.at ? { at: e.at } : {}),
    }),
  );
  await repo.insert(rows as never[]);
}
