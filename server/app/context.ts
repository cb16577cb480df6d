import type { DataSource } from 'typeorm';
import { EventBus } from '../core/domain-events';
import type { LiveUpdates } from '../core/live';
import type { Authentication, Authenticator } from '../core/module';
import type { LimiterFactory } from '../core/rate-limit';
import type { AppState, ServiceContext } from '../core/request-context';
import type { Viewer } from '../core/viewer';
import { subdistrictPlaces } from '../subdistrict';
import { loaderRegistry } from './loaders';
import { modules, type Context, type Loaders, type Services } from './modules';
import { serviceRegistry } from './services';

export type { Context } from './modules';

/** Builds the loaders of one request, from every module's loader factory. */
export const createLoaders = loaderRegistry<Loaders>(modules.flatMap((m) => ('loaders' in m ? [m.loaders] : [])));

/** Builds the services of one request, from every module's service factories. */
const createServices = serviceRegistry<Services>(
  Object.assign({}, ...modules.map((m) => ('services' in m ? m.services : {}))),
);

/** Every module's authenticators, in the modules' order. */
const authenticators: readonly Authenticator<Loaders>[] = modules.flatMap((m) =>
  'authenticators' in m ? [...m.authenticators] : [],
);

/** What one app shares across its requests (nothing per user). */
export interface Shared {
  db: DataSource;
  /** The app's domain-event bus, over every module's subscribers. */
  events: EventBus;
  live: LiveUpdates;
  /** Makes rate limiters whose counts every request of the app shares (see rate-limit.ts). */
  limiters: LimiterFactory;
  app: AppState;
}

/** Makes what an app shares across its requests: its event bus over every module's subscribers, and its state. */
export function sharedOf(db: DataSource, live: LiveUpdates, limiters: LimiterFactory): Shared {
  const state = new Map<object, unknown>();
  return {
    db,
    events: new EventBus(
      modules.flatMap((m) => ('subscribers' in m ? [...m.subscribers] : [])),
      { live },
    ),
    live,
    limiters,
    app: {
      once<T>(key: object, make: () => T): T {
        if (!state.has(key)) state.set(key, make());
        return state.get(key) as T;
      },
    },
  };
}

/** What the HTTP layer knows of a request. */
export interface RequestInfo {
  requestId: string;
  /** The `Authorization` header, if any. */
  authorization?: string;
  /** The caller's network address. */
  address: string;
}

/**
 * Builds the context of one request: the viewer from a `Bearer` token — the first module
 * authenticator that accepts the token decides (a sign-in token: null when invalid, expired or of
 * an ended session, and services then answer UNAUTHENTICATED; a service token `pyt_…`: role
 * INTEGRATION, and a refused one throws UNAUTHENTICATED saying why, HTTP 401) — new loaders scoped
 * to the viewer (nothing shared across requests) and the services over them.
 */
export async function createContext(shared: Shared, request: RequestInfo): Promise<Context> {
  const { db } = shared;
  const match = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '');
  const token = match?.[1];
  const authenticator = token === undefined ? undefined : authenticators.find((a) => a.accepts(token));
  const authentication: Authentication<Loaders> | null = authenticator ? await authenticator.verify(db, token!) : null;
  const viewer = authentication?.viewer ?? null;
  return contextOf(shared, viewer, request, (loaders) => authentication?.prime?.(loaders));
}

/**
 * The context of work done for `viewer` (null: signed out) with the loaders and services a request
 * of theirs would get; `prime` fills the new loaders first. Besides each request, the demo seeding
 * uses it so that its records go through the services, their rules and the audit log.
 */
export function contextOf(
  shared: Shared,
  viewer: Viewer | null,
  request: RequestInfo,
  prime?: (loaders: Loaders) => void,
): Context {
  const { db } = shared;
  const loaders = createLoaders(db, viewer);
  prime?.(loaders);
  const serviceContext: ServiceContext<Loaders> = {
    db,
    viewer,
    address: request.address,
    loaders,
    places: subdistrictPlaces(loaders),
    transaction: (work) => shared.events.transaction(db, work),
    announce: (events) => shared.events.announce(events),
    live: shared.live,
    limiters: shared.limiters,
    app: shared.app,
  };
  return { requestId: request.requestId, viewer, loaders, services: createServices(serviceContext) };
}
