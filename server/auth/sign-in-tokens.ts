import type { Authenticator } from '../core/module';
import type { UserLoaders } from '../user/user.loaders';
import { verifySession } from './tokens';

/** A sign-in token's shape: a JWT, three base64url parts joined by dots (service tokens have none). */
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * Sign-in tokens (README, Signing in): the viewer of a live session (verifySession: signature,
 * expiry, the user's session version and the session not ended), or null — the request then goes
 * on signed out. It costs one SQL statement, whose user row primes the request's user loader, so
 * reading the signed-in user again (`me`, …) costs nothing more.
 */
export const signInTokens: Authenticator<UserLoaders> = {
  accepts: (token) => JWT.test(token),
  async verify(db, token) {
    const session = await verifySession(db, token);
    if (!session) return null;
    return { viewer: session.viewer, prime: (loaders) => loaders.user.prime(session.user.id, session.user) };
  },
};
