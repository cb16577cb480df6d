import type { DataSource } from 'typeorm';
import type { DomainEvent, Transaction } from './domain-events';
import type { LiveUpdates } from './live';
import type { LimiterFactory } from './rate-limit';
import type { Place, Viewer } from './viewer';

/**
 * What every resolver gets for one request: its id, the caller, this request's loaders and the
 * domain services. A module's resolvers name the services and loaders they read (`S`, `L`); the
 * composition root (server/app) builds the real one from every module and checks that it has them.
 */
export interface RequestContext<S = unknown, L = unknown> {
  requestId: string;
  /** The signed-in caller; null without a valid token. */
  viewer: Viewer | null;
  loaders: L;
  services: S;
}

/** Where records placed in a subdistrict lie: the one question the kernel asks of the divisions (the subdistrict module answers it). */
export interface PlaceFinder {
  /** The subdistrict and its district; a district id of '' when the subdistrict is unknown (then outside every scope). */
  placeInSubdistrict(subdistrictId: string): Promise<Place>;
}

/** State an app keeps for its modules across requests, made on first use (e.g. a module's rate limits). */
export interface AppState {
  /** The value kept under `key` in this app, made by `make` the first time. */
  once<T>(key: object, make: () => T): T;
}

/**
 * What a service gets from its request: the database, the caller, the request's loaders (`L`: the
 * ones it declares), where places lie, transactions that carry domain events, live updates, the
 * app's rate limits and state. Other services come separately, as the typed dependencies each
 * service declares (docs/architecture.md, Services).
 */
export interface ServiceContext<L = unknown> {
  db: DataSource;
  /** The signed-in caller; null without a valid token (then every service but sign-in refuses). */
  viewer: Viewer | null;
  /** The caller's network address, for rate limits. */
  address: string;
  /** This request's DataLoaders, of the types the service declares. */
  loaders: L;
  places: PlaceFinder;
  /**
   * Runs `work` in one database transaction; the domain events it records (`tx.record`) reach the
   * audit log and the webhook outbox inside it and live updates after the commit (EventBus).
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * Hands events of a change that one statement committed together with its audit entry (a
   * ballot) to the after-commit subscribers, as a transaction does after its commit (EventBus.announce).
   */
  announce(events: readonly DomainEvent[]): void;
  /** Live updates, for subscriptions (announcing is for after-commit subscribers). */
  live: LiveUpdates;
  /** The app's rate-limiter factory (limits shared by every request; see rate-limit.ts). */
  limiters: LimiterFactory;
  /** State the app keeps across requests. */
  app: AppState;
}
