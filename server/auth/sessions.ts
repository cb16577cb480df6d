import type { EntityManager } from 'typeorm';
import { User } from '../user/user.entity';
import { RevokedSession } from './revoked-session.entity';
import { TOKEN_LIFETIME_SECONDS } from './tokens';

/**
 * Ends every session of a user at once (a password change or reset, a role or scope change,
 * `signOut(allDevices: true)`): raises the user's session version, so every token signed before
 * stops working on its next request, on every instance (verifySession reads the row each request).
 * Run it inside the transaction of the change that causes it.
 */
export async function endAllSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.getRepository(User).increment({ id: userId }, 'sessionVersion', 1);
}

/**
 * Ends one session (`signOut` without `allDevices`): lists its id until its token would have
 * expired anyway (at most TOKEN_LIFETIME_SECONDS from now), and drops the rows of tokens that have
 * expired since, so the table only holds sessions whose tokens still verify.
 */
export async function endSession(manager: EntityManager, userId: string, sessionId: string): Promise<void> {
  const repo = manager.getRepository(RevokedSession);
  await repo.createQueryBuilder().delete().where('expires_at < now()').execute();
  await repo
    .createQueryBuilder()
    .insert()
    .values({ sessionId, userId, expiresAt: () => `now() + interval '${TOKEN_LIFETIME_SECONDS} seconds'` })
    .orIgnore()
    .execute();
}
