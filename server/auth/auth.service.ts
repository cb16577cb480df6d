import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { User } from '../user/user.entity';
import type { LoginThrottle } from './throttle';
import { signToken } from './tokens';

/** What a successful sign-in returns. */
export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
}

let dummyHash: Promise<string> | undefined;

/** Sign-in for one request, from the caller's network address. */
export class AuthService {
  constructor(private readonly db: DataSource, private readonly throttle: LoginThrottle, private readonly address: string) {}

  /**
   * Signs a user in: counts the attempt (LoginThrottle), checks the password against its argon2id
   * hash and returns a signed token. A wrong username and a wrong password give the same
   * UNAUTHENTICATED error and take about as long.
   */
  login(username: string, password: string): Promise<SignIn> {
    return login(this.db, this.throttle, username, password, this.address);
  }
}

async function login(db: DataSource, throttle: LoginThrottle, username: string, password: string, address: string): Promise<SignIn> {
  await throttle.take(username, address);
  const user = await db.getRepository(User).findOneBy({ username: username.trim().toLowerCase() });
  dummyHash ??= hash('pingyi-no-such-user');
  const ok = user ? await verify(user.passwordHash, password).catch(() => false) : await verify(await dummyHash, password).then(() => false);
  if (!user || !ok) throw new GraphQLError('Wrong username or password', { extensions: { code: 'UNAUTHENTICATED' } });
  const { token, expiresAt } = await signToken(db, {
    userId: user.id,
    username: user.username,
    role: user.role,
    districtId: user.districtId,
    subdistrictId: user.subdistrictId,
  });
  await throttle.succeeded(username, address);
  return { token, expiresAt, user };
}
