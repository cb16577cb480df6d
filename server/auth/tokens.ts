import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../core/viewer';
import { Role } from '../user/role';
import { AuthKey } from './auth-key.entity';

/** How long a sign-in token is valid: 12 hours, one working day with a meeting in the evening. */
export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
const ISSUER = 'pingyi';

const keys = new WeakMap<DataSource, Promise<Uint8Array>>();

/**
 * The signing key: PINGYI_AUTH_SECRET when set, else a random key kept in PostgreSQL (made once,
 * then read by every instance). Cached per data source.
 */
export function signingKey(db: DataSource): Promise<Uint8Array> {
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      const fromEnv = process.env.PINGYI_AUTH_SECRET;
      if (fromEnv) return new TextEncoder().encode(fromEnv);
      await db.getRepository(AuthKey).createQueryBuilder().insert().values({ id: 1, secret: randomBytes(32).toString('hex') }).orIgnore().execute();
      const row = await db.getRepository(AuthKey).findOneByOrFail({ id: 1 });
      return new TextEncoder().encode(row.secret);
    })();
    keys.set(db, key);
  }
  return key;
}

/**
 * Signs a token (HS256 JWT) carrying the viewer's id, role and scope and a new session id (`jti`,
 * random; `viewer.sessionId` is ignored); returns it with its expiry and that session id.
 */
export async function signToken(db: DataSource, viewer: Omit<Viewer, 'sessionId'>): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const sessionId = randomUUID();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_SECONDS * 1000);
  const token = await new SignJWT({ usr: viewer.username, role: viewer.role, dis: viewer.districtId, sub_d: viewer.subdistrictId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.userId)
    .setIssuer(ISSUER)
    .setJti(sessionId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(await signingKey(db));
  return { token, expiresAt, sessionId };
}

/** The viewer a token names, or null when it is malformed, forged or expired. */
export async function verifyToken(db: DataSource, token: string): Promise<Viewer | null> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(db), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = payload.role as Role;
    if (typeof payload.sub !== 'string' || typeof payload.jti !== 'string' || !Object.values(Role).includes(role) || typeof payload.dis !== 'string') return null;
    return {
      userId: payload.sub,
      username: String(payload.usr ?? ''),
      role,
      districtId: payload.dis,
      subdistrictId: typeof payload.sub_d === 'string' ? payload.sub_d : null,
      sessionId: payload.jti,
    };
  } catch {
    return null;
  }
}
