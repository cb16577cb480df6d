import type { DataSource } from 'typeorm';
import type { LoginThrottle } from '../auth/throttle';
import type { DomainEvents } from './events';
import type { LimiterFactory } from './rate-limit';
import { Session, verifySession } from '../auth/tokens';
import { isServiceToken, verifyServiceToken } from '../integration/service-token-auth';
import { createLoaders, Loaders } from './loaders.registry';
import { createServices, Services } from './services.registry';
import type { Viewer } from './viewer';

/** What every resolver gets for one request: its id, the caller, fresh loaders and the domain services. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
}

/** What one server process shares across its requests (nothing per-user). */
export interface Shared {
  db: DataSource;
  throttle: LoginThrottle;
  events: DomainEvents;
  /** Makes rate limiters whose counts every request of the process shares (see rate-limit.ts). */
  limiters: LimiterFactory;
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
 * Builds the context of one request: the viewer from a `Bearer` token — a sign-in token (null
 * when absent, invalid, expired or of a session that has ended; services then answer
 * UNAUTHENTICATED; see verifySession), or a service token `pyt_…` (role INTEGRATION; a malformed,
 * unknown, revoked or expired one throws UNAUTHENTICATED saying which, HTTP 401) — new loaders
 * scoped to the viewer (nothing shared across requests) and the services over them. A sign-in
 * token costs one SQL statement, whose user row also primes the request's user loader, so reading
 * the signed-in user again (`me`, …) costs nothing more.
 */
export async function createContext({ db, throttle, events, limiters }: Shared, request: RequestInfo): Promise<Context> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '');
  let session: Session | null = null;
  let viewer: Viewer | null = null;
  if (match && isServiceToken(match[1])) viewer = await verifyServiceToken(db, match[1]);
  else if (match) viewer = (session = await verifySession(db, match[1]))?.viewer ?? null;
  const loaders = createLoaders(db, viewer);
  if (session) loaders.user.prime(session.user.id, session.user);
  return {
    requestId: request.requestId,
    viewer,
    loaders,
    services: createServices({ db, loaders, viewer, address: request.address, throttle, events, limiters }),
  };
}
