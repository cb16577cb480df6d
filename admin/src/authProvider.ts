/**
 * Pingyi's React-Admin authProvider: signs in with the API's `login` mutation (auth.graphql), keeps
 * the token in localStorage, sends it as `Authorization: Bearer <token>` (see App.tsx), signs out
 * when a signed-in request is answered UNAUTHENTICATED (HTTP-like status 401), and answers
 * `canAccess` from the role table in access.ts.
 */
import type { AuthProvider } from 'react-admin';
import { mayAccess, type AccessRequest, type Viewer } from './access';
import { createGraphQLClient } from './dataProvider/graphqlClient';
import { LoginDocument, type LoginMutation } from './gql/graphql';
import { forgetAllBallotSecrets } from './vote/ballotSecret';

const TOKEN_KEY = 'pingyi.token';
const USER_KEY = 'pingyi.user';

/** The stored user, as `login` returned it. */
interface StoredUser extends Viewer {
  username: string;
  displayName: string;
}

/** The signed-in token, or null. */
export function currentToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

/** Headers that authenticate a request to /graphql (none when signed out). */
export function authHeaders(): Record<string, string> {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

function forget(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  // Nothing of a ballot outlives a sign-out on a shared tablet (docs/rules.md rule 7).
  forgetAllBallotSecrets();
}

/** The signed-in user, or null. */
function storedUser(): StoredUser | null {
  try {
    return JSON.parse(localStorage.getItem(USER_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** Creates the authProvider for the API at `uri` (`fetch`: tests pass their own). */
export function createAuthProvider(uri = '/graphql', fetch?: typeof globalThis.fetch): AuthProvider {
  const client = createGraphQLClient({ uri, fetch });
  return {
    async login({ username, password }: { username: string; password: string }) {
      let result: LoginMutation['login'];
      try {
        const { data } = await client.mutate({
          mutation: LoginDocument,
          variables: { username: String(username ?? '').trim(), password: String(password ?? '') },
        });
        result = (data as LoginMutation).login;
      } catch (error) {
        const wait = (error as { graphQLErrors?: { extensions?: Record<string, unknown> }[] }).graphQLErrors?.[0]
          ?.extensions?.retryAfterSeconds;
        throw new Error(typeof wait === 'number' ? 'pingyi.auth.throttled' : 'pingyi.auth.wrongPassword');
      }
      localStorage.setItem(TOKEN_KEY, result.token);
      localStorage.setItem(USER_KEY, JSON.stringify(result.user));
      // A representative comes to vote: straight to the meetings in session.
      return mayAccess(result.user, { resource: 'vote', action: 'list' }) ? { redirectTo: '/vote' } : undefined;
    },
    async logout() {
      forget();
    },
    async checkAuth() {
      if (!currentToken()) throw new Error('pingyi.auth.signInFirst');
    },
    // A call made without the token (a ballot code's) cannot end the session.
    async checkError(error: { status?: number; body?: { anonymous?: boolean } }) {
      if (error?.status === 401 && !error.body?.anonymous) {
        forget();
        throw new Error('pingyi.auth.sessionExpired');
      }
    },
    async getIdentity() {
      const user = storedUser();
      if (!user) throw new Error('pingyi.auth.signInFirst');
      return { id: user.id, fullName: user.displayName };
    },
    async getPermissions() {
      return storedUser()?.role ?? null;
    },
    /** What the signed-in user's role may do (access.ts); nothing when signed out. */
    async canAccess(request: AccessRequest) {
      return mayAccess(storedUser(), request);
    },
  };
}
