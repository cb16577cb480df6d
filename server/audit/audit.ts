import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventSubscriber } from '../core/domain-events';
import { AuditEvent } from './audit-event.entity';

/**
 * The append-only audit log as a domain-event subscriber (docs/rules.md, Roles and reach): every
 * event becomes one entry — who, when, what, before and after — inserted through the recording
 * transaction's manager, so a change and its entry are committed together or not at all. The
 * events of one `record` call go in one INSERT. The table refuses UPDATE and DELETE.
 */
export const auditLog: EventSubscriber = {
  name: 'audit-log',
  async inTransaction(events: readonly DomainEvent[], manager: EntityManager): Promise<void> {
    const rows = events.map((e) =>
      Object.assign(new AuditEvent(), {
        actorId: e.actorId,
        action: e.type,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before ?? null,
        after: e.after ?? null,
        ...(e.at ? { at: e.at } : {}),
      }),
    );
    await manager.getRepository(AuditEvent).insert(rows as never[]);
  },
};
