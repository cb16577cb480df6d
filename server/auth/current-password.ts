import { verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import { BadUserInputError } from '../core/errors';
import { reasonParams, renderReason } from '../core/reasons';
import type { ServiceContext } from '../core/request-context';
import type { User } from '../user/user.entity';
import { LoginThrottle, normalizeUsername } from './throttle';
import { authReasons } from './reasons';

/**
 * Checks the password a user gives to change their own (README, Signing in): the same sign-in
 * limits as `login` apply, so a stolen session cannot guess the password faster than the sign-in
 * page. BAD_USER_INPUT on `field` when it is missing; FORBIDDEN (reason `WRONG_PASSWORD`, counted
 * like a wrong password at sign-in) when it is wrong; FORBIDDEN (reason `TOO_MANY_ATTEMPTS`, with
 * `retryAfterSeconds`) while the account or address is over its sign-in limit, whatever the password.
 */
export async function assertCurrentPassword(
  ctx: ServiceContext,
  user: User,
  password: string | undefined,
  field: string,
): Promise<void> {
  if (password === undefined || password === null || password === '')
    throw new BadUserInputError(authReasons.currentPasswordRequired(), field);
  const throttle = ctx.app.once(LoginThrottle, () => new LoginThrottle(ctx.limiters));
  const name = normalizeUsername(user.username);
  try {
    await throttle.check(name, ctx.address);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: 'FORBIDDEN',
        field,
        reason: 'TOO_MANY_ATTEMPTS',
        params: { ...(error.extensions.params as object), field },
        retryAfterSeconds: error.extensions.retryAfterSeconds,
      },
    });
  }
  const ok = await verify(user.passwordHash, password).catch(() => false);
  if (ok) return;
  await throttle.failed(name, ctx.address);
  throw new GraphQLError(renderReason(authReasons.wrongPassword(), field), {
    extensions: {
      code: 'FORBIDDEN',
      field,
      reason: 'WRONG_PASSWORD',
      params: reasonParams(authReasons.wrongPassword(), field),
    },
  });
}
