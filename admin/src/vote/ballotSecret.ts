/**
 * The browser secret of a ballot code (docs/rules.md rule 7): made here with crypto.getRandomValues the
 * first time this browser uses a code, kept in localStorage under that code (so a reload or a
 * closed tab does not lose the ballot), and sent with every call that uses the code. It is
 * forgotten — storage and this page's memory — once the voter is done with it: after the last
 * official is rated, on "finish", on sign-out, and when the API says the code opens nothing any
 * more (its meeting closed, or it was voided), so the next person on a shared tablet finds nothing. The server
 * binds the code to the first secret it sees and keeps only its hash, so only this browser can
 * read or change the ballot; whoever printed or handed out the code cannot.
 */

import { codeLetters } from './codeFormat';

const PREFIX = 'pingyi.ballot.';

/** The storage key of a code: its letters and digits (codeLetters), the same code however it was typed. */
function codeKey(code: string): string {
  return PREFIX + codeLetters(code);
}

/** 32 random bytes as base64url (43 characters). */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads storage without failing where it is refused (private modes): null then. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Secrets of this page, for a browser that keeps nothing in storage. */
const memory = new Map<string, string>();

/** This browser's secret for `code`, made and kept on first use. */
export function ballotSecretFor(code: string): string {
  const store = storage();
  const key = codeKey(code);
  const kept = memory.get(key) ?? store?.getItem(key);
  if (kept) return kept;
  const secret = newSecret();
  memory.set(key, secret);
  try {
    store?.setItem(key, secret);
  } catch {
    // Storage full or refused: the secret lives as long as this page.
  }
  return secret;
}

/** Forgets this browser's secret for `code` (storage and memory). */
export function forgetBallotSecret(code: string): void {
  const key = codeKey(code);
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Storage refused: nothing was kept there.
  }
}

/** Forgets every ballot secret this browser keeps (on sign-out). */
export function forgetAllBallotSecrets(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  try {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
      (key): key is string => key !== null && key.startsWith(PREFIX),
    );
    for (const key of keys) store.removeItem(key);
  } catch {
    // Storage refused: nothing was kept there.
  }
}
