import type { Authenticator } from '../core/module';
import { isServiceToken, verifyServiceToken } from './service-token-auth';

/**
 * Service tokens `pyt_…` of district systems (role INTEGRATION): a malformed, unknown, revoked or
 * expired one is refused with UNAUTHENTICATED saying which (HTTP 401); see verifyServiceToken.
 */
export const serviceTokens: Authenticator = {
  accepts: isServiceToken,
  async verify(db, token) {
    return { viewer: await verifyServiceToken(db, token) };
  },
};
