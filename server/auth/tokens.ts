import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { leanMany } from '../core/lean-select';
import type { Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { User } from '../user/user.entity';
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
      await db
        .getRepository(AuthKey)
        .createQueryBuilder()
        .insert()
        .values({ id: 1, secret: randomBytes(32).toString('hex') })
        .orIgnore()
        .execute();
      const row = await db.getRepository(AuthKey).findOneByOrFail({ id: 1 });
      return new TextEncoder().encode(row.secret);
    })();
    keys.set(db, key);
  }
  return key;
}

/** What a sign-in token says of its user: who, role and scope, and the user's session version. */
export interface TokenClaims extends Omit<Viewer, 'sessionId' | 'scopes' | 'officialId'> {
  /**
   * The user's `sessionVersion` when the token is signed (claim `sv`); the token works only while
   * the user's row still has it. Default 0, the version of a user whose sessions never ended.
   */
  sessionVersion?: number;
}

/**
 * Signs a token (HS256 JWT) carrying the user's id, role, scope and session version and a new
 * session id (`jti`, random); returns it with its expiry (TOKEN_LIFETIME_SECONDS from now) and that
 * session id.
 */
export async function signToken(
  db: DataSource,
  claims: TokenClaims,
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const sessionId = randomUUID();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_SECONDS * 1000);
  const token = await new SignJWT({
    usr: claims.username,
    role: claims.role,
    dis: claims.districtId,
    sub_d: claims.subdistrictId,
    sv: claims.sessionVersion ?? 0,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setJti(sessionId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(await signingKey(db));
  return { token, expiresAt, sessionId };
}

/** The claims of a well-formed token whose signature, issuer and expiry check out; null otherwise. */
async function readToken(
  db: DataSource,
  token: string,
): Promise<(Required<TokenClaims> & { sessionId: string }) | null> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(db), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = payload.role as Role;
    if (typeof payload.sub !== 'string' || !isId(payload.sub) || typeof payload.jti !== 'string' || !isId(payload.jti))
      return null;
    if (!Object.values(Role).includes(role) || typeof payload.dis !== 'string' || !Number.isInteger(payload.sv))
      return null;
    return {
      userId: payload.sub,
      username: String(payload.usr ?? ''),
      role,
      districtId: payload.dis,
      subdistrictId: typeof payload.sub_d === 'string' ? payload.sub_d : null,
      sessionVersion: payload.sv as number,
      sessionId: payload.jti,
    };
  } catch {
    return null;
  }
}

/** A live sign-in session: the viewer it makes and the user's current row. */
export interface Session {
  viewer: Viewer;
  user: User;
}

/**
 * The session of a sign-in token, or null when the token is malformed, forged or expired, or its
 * session has ended: the user was deleted, their session version moved on (password changed or
 * reset, role or scope changed, `signOut(allDevices: true)`), their role or scope no longer match
 * the token, or this session signed out (RevokedSession). One SQL statement (the user by primary
 * key, and the revoked session by primary key); the viewer is built from the row.
 */
export async function verifySession(db: DataSource, token: string): Promise<Session | null> {
  const claims = await readToken(db, token);
  if (!claims) return null;
  const [user] = await leanMany(
    db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id = :id', { id: claims.userId })
      .andWhere('NOT EXISTS (SELECT 1 FROM revoked_session r WHERE r.session_id = :sessionId)', {
        sessionId: claims.sessionId,
      }),
  );
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  if (user.role !== claims.role || user.districtId !== claims.districtId || user.subdistrictId !== claims.subdistrictId)
    return null;
  return {
    user,
    viewer: {
      userId: user.id,
      username: user.username,
      role: user.role,
      districtId: user.districtId,
      subdistrictId: user.subdistrictId,
      officialId: user.officialId,
      sessionId: claims.sessionId,
    },
  };
}

/** The viewer of a sign-in token whose session is live (see verifySession), or null. */
export async function verifyToken(db: DataSource, token: string): Promise<Viewer | null> {
  return (await verifySession(db, token))?.viewer ?? null;
}
