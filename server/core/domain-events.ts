import type { DataSource, EntityManager } from 'typeorm';
import type { LiveUpdates } from './live';
import { logger } from './logger';

/**
 * Something that happened to a record, recorded by the service that made it happen inside the
 * transaction of the change (e.g. `meeting.opened`, `rating.cast`, `assessment.finalized`). The
 * module that owns the record builds it: who, which record, its state before and after as JSON,
 * and — for events that district systems may subscribe to — what they are told. Subscribers turn
 * it into the audit log, the webhook outbox and live updates (docs/architecture.md, Events).
 */
export interface DomainEvent {
  /** What happened, `<thing>.<verb in the past>`: the audit log's action, and the webhook event's name where one exists. */
  type: string;
  /** Who did it: a user's or service token's id; null for the server itself and for ballots (docs/rules.md rule 7). */
  actorId: string | null;
  /** The GraphQL type of the record concerned, e.g. "EvaluationMeeting". */
  entityType: string;
  /** The record's id. */
  entityId: string;
  /** The record before the change, as JSON (snapshot); null or absent for a creation. */
  before?: Record<string, unknown> | null;
  /** The record after the change, as JSON; null or absent for a deletion. */
  after?: Record<string, unknown> | null;
  /** When, if not the transaction's time: a ballot is recorded to the hour only (docs/rules.md rule 7). */
  at?: Date;
  /**
   * What systems outside are told, if anything: the district whose webhook subscriptions may hear
   * it, and the JSON they receive (ids and figures only). Built by the module that owns the data.
   */
  notice?: { districtId: string; payload: Record<string, unknown> };
}

/** A record as JSON for an event: the chosen fields only (nothing private), dates as ISO strings, null for undefined. */
export function snapshot<T extends object>(record: T, fields: (keyof T)[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = record[field];
    result[field as string] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return result;
}

/** What the kernel hands subscribers that act after a commit. */
export interface AfterCommitKit {
  live: LiveUpdates;
}

/**
 * Reacts to domain events; a module lists its subscribers in its descriptor. `inTransaction`
 * writes through the recording transaction's manager, so what it writes is committed with the
 * change or not at all (the audit log, the webhook outbox); an error there rolls the change back.
 * `afterCommit` runs once the change is committed, with every event of the transaction, for what
 * lies outside the database (live updates); its errors are logged, never thrown at the caller.
 */
export interface EventSubscriber {
  /** For logs, e.g. "audit-log". */
  name: string;
  inTransaction?(events: readonly DomainEvent[], manager: EntityManager): Promise<void>;
  afterCommit?(events: readonly DomainEvent[], kit: AfterCommitKit): void | Promise<void>;
}

/** A transaction in progress: its manager, and how to record what happened in it. */
export interface Transaction {
  readonly manager: EntityManager;
  /**
   * Records events of this transaction: the in-transaction subscribers write them now, through
   * `manager` (in the order recorded; several events of one call in one batch), and the
   * after-commit subscribers hear them once the transaction commits.
   */
  record(...events: DomainEvent[]): Promise<void>;
}

/**
 * The kernel's domain-event bus: one per app, over the subscribers of every module (the
 * composition root collects them from the descriptors).
 */
export class EventBus {
  private readonly inTransaction: EventSubscriber[];
  private readonly afterCommit: EventSubscriber[];

  constructor(
    subscribers: readonly EventSubscriber[],
    private readonly kit: AfterCommitKit,
  ) {
    this.inTransaction = subscribers.filter((s) => s.inTransaction);
    this.afterCommit = subscribers.filter((s) => s.afterCommit);
  }

  /**
   * Runs `work` in a transaction of `db`, giving it the transaction (its manager and `record`).
   * After the commit, and before returning, the after-commit subscribers hear every event recorded;
   * if `work` throws, the transaction rolls back, its events are dropped and the error is thrown.
   */
  async transaction<T>(db: DataSource, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const recorded: DomainEvent[] = [];
    const result = await db.transaction(async (manager) => {
      const tx: Transaction = {
        manager,
        record: async (...events) => {
          if (events.length === 0) return;
          recorded.push(...events);
          for (const subscriber of this.inTransaction) await subscriber.inTransaction!(events, manager);
        },
      };
      return work(tx);
    });
    if (recorded.length > 0) await this.committed(recorded);
    return result;
  }

  /**
   * Hands events whose in-transaction part is already committed to the after-commit subscribers
   * (live updates): for a change made by one statement that wrote its own audit entry, the one
   * such change being a ballot (docs/architecture.md, Ballots). Not awaited by the caller: each
   * subscriber starts at once, and its errors are logged, never thrown.
   */
  announce(events: readonly DomainEvent[]): void {
    if (events.length > 0) void this.committed(events);
  }

  private async committed(events: readonly DomainEvent[]): Promise<void> {
    for (const subscriber of this.afterCommit) {
      try {
        await subscriber.afterCommit!(events, this.kit);
      } catch (err) {
        logger.error(
          { err, subscriber: subscriber.name, events: events.map((e) => e.type) },
          'after-commit subscriber failed; the change itself is committed',
        );
      }
    }
  }
}
