import { hash, verify } from '@node-rs/argon2';
import { BadUserInputError, ForbiddenError, reasonError, UnauthenticatedError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import { Role } from '../core/role';
import { User } from '../user/user.entity';
import { endAllSessions, endSession } from './sessions';
import { LoginThrottle, normalizeUsername } from './throttle';
import { signToken } from './tokens';
import { authReasons } from './reasons';

/** What a successful sign-in returns. */
export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
}

let dummyHash: Promise<string> | undefined;

/** The loaders this service reads. */
type AuthServiceLoaders = unknown;

/** Sign-in and sign-out for one request, from the caller's network address. */
export class AuthService {
  constructor(private readonly ctx: ServiceContext<AuthServiceLoaders>) {}

  /**
   * Signs a user in and returns a signed token (12 hours) carrying the user's session version.
   * The username is normalised first (normalizeUsername: NFKC, trimmed, lower case) for the limits
   * and the look-up alike. The limits are checked before any password (LoginThrottle.check:
   * UNAUTHENTICATED with `retryAfterSeconds`, counting nothing); then the password is checked
   * against its argon2id hash. A wrong username and a wrong password give the same UNAUTHENTICATED
   * error, take about as long, and count against the address; a success counts against the account.
   * `loginFields` is how many `login` fields the request holds: more than one is BAD_USER_INPUT
   * naming `login`, before anything else (one request may not buy many password hashes).
   */
  async login(username: string, password: string, loginFields = 1): Promise<SignIn> {
    if (loginFields > 1) throw new BadUserInputError(authReasons.oneLoginField(), 'login');
    const { db, address } = this.ctx;
    // One throttle per app, shared by its requests (and, with Redis limits, by every instance).
    const throttle = this.ctx.app.once(LoginThrottle, () => new LoginThrottle(this.ctx.limiters));
    const name = normalizeUsername(username);
    await throttle.check(name, address);
    const user = await db.getRepository(User).findOneBy({ username: name });
    dummyHash ??= hash('pingyi-no-such-user');
    const ok = user
      ? await verify(user.passwordHash, password).catch(() => false)
      : await verify(await dummyHash, password).then(() => false);
    if (!user || !ok) {
      await throttle.failed(name, address);
      throw reasonError('UNAUTHENTICATED', authReasons.wrongCredentials());
    }
    await throttle.succeeded(name);
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
    if (!viewer) throw new UnauthenticatedError(authReasons.noSession());
    if (viewer.role === Role.INTEGRATION || !viewer.sessionId) {
      throw new ForbiddenError(authReasons.serviceTokenNoSession());
    }
    const { userId, sessionId } = viewer;
    await this.ctx.db.transaction((manager) =>
      allDevices ? endAllSessions(manager, userId) : endSession(manager, userId, sessionId),
    );
    return true;
  }
}
