/**
 * The error reasons of the auth module (server/core/reasons.ts): key `auth.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const authReasons = defineReasons('auth', {
  currentPasswordRequired: '{field}: give your current password to change it',
  noSession: 'Sign in first: there is no session to end',
  oneLoginField: '{field}: sign in with one login field per request',
  serviceTokenNoSession: 'A service token has no session; revoke it with revokeServiceToken',
  wrongCredentials: 'Wrong username or password',
  wrongPassword: '{field}: the current password is wrong',
});
