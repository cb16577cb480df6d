/**
 * Pingyi's React-Admin authProvider: signs in with the API's `login` mutation, keeps the token in
 * localStorage, sends it as `Authorization: Bearer <token>` (see App.tsx) and signs out when the
 * API answers UNAUTHENTICATED (HTTP-like status 401).
 */
import type { AuthProvider } from 'react-admin';

const TOKEN_KEY = 'pingyi.token';
const USER_KEY = 'pingyi.user';

/** The stored user, as `login` returned it. */
interface StoredUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
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
}

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { id username displayName role } }
}`;

/** Creates the authProvider for the API at `uri`. */
export function createAuthProvider(uri = '/graphql'): AuthProvider {
  return {
    async login({ username, password }: { username: string; password: string }) {
      const response = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { username: String(username ?? '').trim(), password: String(password ?? '') } }),
      });
      const body = await response.json().catch(() => ({}));
      const result = body?.data?.login;
      if (!result) {
        const error = body?.errors?.[0];
        if (typeof error?.extensions?.retryAfterSeconds === 'number') {
          throw new Error('pingyi.auth.throttled');
        }
        throw new Error('pingyi.auth.wrongPassword');
      }
      localStorage.setItem(TOKEN_KEY, result.token);
      localStorage.setItem(USER_KEY, JSON.stringify(result.user));
      // A representative comes to vote: straight to the meetings in session.
      return result.user.role === 'REPRESENTATIVE' ? { redirectTo: '/vote' } : undefined;
    },
    async logout() {
      forget();
    },
    async checkAuth() {
      if (!currentToken()) throw new Error('pingyi.auth.signInFirst');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        forget();
        throw new Error('pingyi.auth.sessionExpired');
      }
    },
    async getIdentity() {
      const user: StoredUser | null = JSON.parse(localStorage.getItem(USER_KEY) ?? 'null');
      if (!user) throw new Error('pingyi.auth.signInFirst');
      return { id: user.id, fullName: user.displayName };
    },
    async getPermissions() {
      const user: StoredUser | null = JSON.parse(localStorage.getItem(USER_KEY) ?? 'null');
      return user?.role ?? null;
    },
  };
}
