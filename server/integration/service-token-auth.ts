import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError, type Reason } from '../core/errors';
import { integrationReasons } from './reasons';
import type { Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { INTEGRATION_SCOPES } from './integration-scope';
import { ServiceToken } from './service-token.entity';

/** Every service token starts with this, so that it is told apart from a sign-in token (a JWT). */
export const SERVICE_TOKEN_PREFIX = 'pyt_';
/** `lastUsedAt` is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Whether a bearer token is a service token (by its prefix). */
export function isServiceToken(token: string): boolean {
  return token.startsWith(SERVICE_TOKEN_PREFIX);
}

/** A new token string: the prefix and 32 random bytes in base64url. */
export function newServiceToken(): string {
  return SERVICE_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** SHA-256 (hex) of a token string: what is stored and looked up. */
export function hashServiceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** UNAUTHENTICATED for a service token that does not work, saying why (HTTP 401). */
function refused(reason: Reason): UnauthenticatedError {
  const error = new UnauthenticatedError(reason);
  Object.assign(error.extensions, { http: { status: 401 } });
  return error;
}

/**
 * The INTEGRATION viewer of a service token — its district and scopes. UNAUTHENTICATED, saying
 * which, when the token is malformed or unknown ("This token is not valid: …"), revoked ("This
 * service token was revoked on …") or expired ("This service token expired on …"). Records the use in
 * `lastUsedAt` when the last record is over a minute old; the condition is repeated in SQL, so
 * several instances write it at most once a minute too.
 */
export async function verifyServiceToken(db: DataSource, token: string): Promise<Viewer> {
  if (!/^pyt_[A-Za-z0-9_-]{43}$/.test(token)) throw refused(integrationReasons.tokenMalformed());
  const row = await db.getRepository(ServiceToken).findOneBy({ tokenHash: hashServiceToken(token) });
  const now = Date.now();
  if (!row) throw refused(integrationReasons.tokenUnknown());
  if (row.revokedAt) throw refused(integrationReasons.tokenRevoked({ revokedAt: row.revokedAt.toISOString() }));
  if (row.expiresAt.getTime() <= now)
    throw refused(integrationReasons.tokenExpired({ expiresAt: row.expiresAt.toISOString() }));
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.query(
      `UPDATE service_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= now() - interval '1 minute')`,
      [row.id],
    );
  }
  return {
    userId: row.id,
    username: `service-token:${row.name}`,
    role: Role.INTEGRATION,
    districtId: row.districtId,
    subdistrictId: null,
    sessionId: null,
    scopes: row.scopes.filter((s) => INTEGRATION_SCOPES.includes(s)),
  };
}
