import { createHash, createHmac, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { signingKey } from '../auth/tokens';
import { idKey } from '../core/ids';

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

/**
 * The stored form of a code (ballot, household and survey codes alike): SHA-256 of its letters and
 * digits, read as NFKC (full-width "ＫＡＴ" from a Chinese input method is "KAT"), upper-cased,
 * without separators.
 */
export function hashBallotCode(code: string): string {
  return createHash('sha256')
    .update(
      code
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, ''),
    )
    .digest('hex');
}

/**
 * The stored form of the browser secret a code is bound to (docs/rules.md rule 7): its SHA-256 in hex. The
 * secret is 32 random bytes made in the voter's browser, so a plain hash cannot be reversed.
 */
export function hashBallotSecret(secret: string): string {
  return createHash('sha256').update(`pingyi-ballot-secret|${secret}`).digest('hex');
}

/** The HMAC key of ballots, derived from the server's signing key (never the signing key itself). */
async function ballotHmacKey(db: DataSource): Promise<Buffer> {
  return createHmac('sha256', await signingKey(db))
    .update('pingyi-ballot-key')
    .digest();
}

/**
 * The ballot key of a voter's rating of an official at a meeting (docs/rules.md rule 7): HMAC-SHA256
 * under a key derived from the server's secret, so only the server, asked by the voter, can find
 * the voter's own ballot to amend it; the ballot itself names nobody. `voter` is `user:<id>` or
 * `code:<id>`. The ids are read as PostgreSQL reads UUIDs (`idKey`): in capitals they name the same ballot.
 */
export async function ballotKey(db: DataSource, meetingId: string, officialId: string, voter: string): Promise<string> {
  return createHmac('sha256', await ballotHmacKey(db))
    .update(`${idKey(meetingId)}|${idKey(officialId)}|${voter}`)
    .digest('hex');
}

/**
 * The reader key of a ballot (docs/rules.md rule 7): who may read it back, as an HMAC-SHA256 of the
 * meeting, the official and `reader` — `session:<jti>` for the sign-in session that cast it, or
 * `code:<id>` for a ballot code (whose browser secret was checked before). Different per official,
 * so one reader's ballots cannot be linked to each other in the table.
 */
export async function readerKey(
  db: DataSource,
  meetingId: string,
  officialId: string,
  reader: string,
): Promise<string> {
  return createHmac('sha256', await ballotHmacKey(db))
    .update(`reader|${idKey(meetingId)}|${idKey(officialId)}|${reader}`)
    .digest('hex');
}
