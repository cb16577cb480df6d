import { defineModule, resolversReading, serviceOf } from '../core/module';
import { AuthKey } from './auth-key.entity';
import { AuthResolver, type AuthResolverContext } from './auth.resolver';
import { AuthService } from './auth.service';
import { RevokedSession } from './revoked-session.entity';
import { signInTokens } from './sign-in-tokens';

/**
 * Sign-in and sign-out, sessions and their signing key (README, Signing in): the sign-in tokens'
 * authenticator.
 */
export const authModule = defineModule({
  name: 'auth',
  entities: [AuthKey, RevokedSession],
  resolvers: resolversReading<AuthResolverContext>(AuthResolver),
  services: {
    auth: serviceOf(AuthService),
  },
  authenticators: [signInTokens],
});
