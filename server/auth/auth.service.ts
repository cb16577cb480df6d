import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import { endAllSessions, endSession } from './sessions';
import { signToken } from './tokens';

/** What a successful sign-in returns. */
export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
}

let dummyHash: Promise<string> | undefined;

/** Sign-in and sign-out for one request, from the caller's network address. */
export class AuthService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Signs a user in: counts the attempt (LoginThrottle), checks the password against its argon2id
   * hash and returns a signed token (12 hours) carrying the user's session version. A wrong
   * username and a wrong password give the same UNAUTHENTICATED error and take about as long.
   */
  async login(username: string, password: string): Promise<SignIn> {
    const { db, throttle, address } = this.ctx;
    await throttle.take(username, address);
    const user = await db.getRepository(User).findOneBy({ username: username.trim().toLowerCase() });
    dummyHash ??= hash('pingyi-no-such-user');
    const ok = user ? await verify(user.passwordHash, password).catch(() => false) : await verify(await dummyHash, password).then(() => false);
    if (!user || !ok) throw new GraphQLError('Wrong username or password', { extensions: { code: 'UNAUTHENTICATED' } });
    await throttle.succeeded(username, address);
    const { token, expiresAt } = await signToken(db, {
      userId: user.id,
      username: user.username,
      role: user.role,
      districtId: user.districtId,
      subdistrictId: user.subdistrictId,
      sessionVersion: user.sessionVersion,
    });
    return { token, expiresAt, user };
  }

  /**
   * Ends the caller's session (its token stops working at once), or with `allDevices` every
   * session of the caller. Returns true. UNAUTHENTICATED without a live sign-in session; a service
   * token is refused as FORBIDDEN (revokeServiceToken ends those).
   */
  async signOut(allDevices: boolean): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError('Sign in first: there is no session to end');
    if (viewer.role === Role.INTEGRATION || !viewer.sessionId) {
      throw new ForbiddenError('A service token has no session; revoke it with revokeServiceToken');
    }
    const { userId, sessionId } = viewer;
    await this.ctx.db.transaction((manager) => (allDevices ? endAllSessions(manager, userId) : endSession(manager, userId, sessionId)));
    return true;
  }
}
