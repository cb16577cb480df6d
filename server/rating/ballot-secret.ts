import { createHash, createHmac, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { signingKey } from '../auth/tokens';

/** Letters of ballot codes: no 0/O, 1/I/L, so that a printed slip is read without mistakes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Characters per code (31¹⁰ ≈ 8·10¹⁴ codes), shown as two groups of five. */
const CODE_LENGTH = 10;

/** A new random ballot code, e.g. "K7PQM-3XWAR". */
export function newBallotCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The stored form of a code: SHA-256 of its letters, upper-cased, without separators. */
export function hashBallotCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[^A-Z0-9]/g, '')).digest('hex');
}

/**
 * The ballot key of a voter's rating of an official at a meeting (DESIGN rule 7): HMAC-SHA256
 * under a key derived from the server's secret, so only the server, asked by the voter, can find
 * the voter's own ballot; the ballot itself names nobody.
 */
export async function ballotKey(db: DataSource, meetingId: string, officialId: string, voter: string): Promise<string> {
  const secret = createHmac('sha256', await signingKey(db)).update('pingyi-ballot-key').digest();
  return createHmac('sha256', secret).update(`${meetingId}|${officialId}|${voter}`).digest('hex');
}
