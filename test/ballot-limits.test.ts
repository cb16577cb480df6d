/**
 * Ballot-code guessing is limited (docs/rules.md rule 7): failed code uses count per network
 * address (never per meeting), and once an address's budget is spent every code use from there is
 * refused with `retryAfterSeconds` — also a valid unbound code, so a refusal confirms nothing —
 * except a code already bound to the secret sent. Requests come from different loopback addresses
 * (127.0.0.x) so that each test has its own; test/ballot-guessing.test.ts has the global ceiling.
 */
import { randomBytes } from 'node:crypto';
import { CODE_FAILURES_PER_ADDRESS, CODE_WINDOW_SECONDS } from '../server/rating/ballot-throttle';
import { useTestApi } from './support/api';
import { MeetingFixture, ok, openMeeting, setUpMeeting } from './support/factories';
import type { GqlResponse } from './support/server';
import { expectError } from './support/expect';
import { gqlFrom as sharedGqlFrom } from './support/from-address';

const api = useTestApi({ withShanghai: true });

const BALLOT = `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { meetingId } }`;
const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
const SCORES = [
  { key: 'attitude', score: 4 },
  { key: 'efficiency', score: 4 },
  { key: 'integrity', score: 5 },
];
const newSecret = () => randomBytes(32).toString('base64url');

const gqlFrom = (from: string, query: string, variables: Record<string, unknown>) =>
  sharedGqlFrom(api.server, from, query, variables);

/** An OPEN meeting of 外滩街道 with `codes` code voters checked in; returns it with their codes. */
async function meetingWithCodes(prefix: string, codes: number): Promise<{ f: MeetingFixture; codes: string[] }> {
  const f = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix });
  const names = Array.from({ length: codes }, (_, i) => `${prefix}-${i}`);
  const res = await ok(
    api.server,
    `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
    { input: { meetingId: f.meetingId, mode: 'CODE', names } },
    f.chairToken,
  );
  await openMeeting(api.server, f);
  return { f, codes: res.checkInAttendees.codes };
}

function expectTooMany(res: GqlResponse): void {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS' });
  const wait = res.errors?.[0].extensions.retryAfterSeconds as number;
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(CODE_WINDOW_SECONDS);
}

describe('ballot-code guessing (docs/rules.md rule 7)', () => {
  it('refuses every code look-up from an address after its failures are spent, and not from other addresses', async () => {
    const { codes } = await meetingWithCodes('limit.address', 1);
    for (let i = 0; i < CODE_FAILURES_PER_ADDRESS; i++) {
      const wrong = await gqlFrom('127.0.0.2', BALLOT, { c: `ZZZZZ-ZZ${String(i).padStart(3, '2')}`, s: newSecret() });
      expectError(wrong, 'BAD_USER_INPUT', 'code');
    }
    // The valid code is refused too from there, so the refusal says nothing about the code.
    expectTooMany(await gqlFrom('127.0.0.2', BALLOT, { c: codes[0], s: newSecret() }));
    const elsewhere = await gqlFrom('127.0.0.3', BALLOT, { c: codes[0], s: newSecret() });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('does not count uses that succeed, so a meeting room behind one address is never slowed down', async () => {
    const { f, codes } = await meetingWithCodes('limit.room', 3);
    const secrets = codes.map(newSecret);
    for (let round = 0; round < 10; round++) {
      for (const [i, code] of codes.entries()) {
        const res = await gqlFrom('127.0.0.4', SUBMIT, {
          input: {
            meetingId: f.meetingId,
            officialId: f.officialIds[0],
            satisfaction: 'SATISFIED',
            scores: SCORES,
            ballotCode: code,
            ballotSecret: secrets[i],
          },
        });
        expect(res.errors).toBeUndefined();
      }
    }
    expect(10 * codes.length).toBeGreaterThan(CODE_FAILURES_PER_ADDRESS);
  });

  it('counts no failure for codes tried before the meeting opens, so a room waiting for the chair is never locked out', async () => {
    const f = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'limit.early' });
    const res = await ok(
      api.server,
      `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['早到一', '早到二', '早到三'] } },
      f.chairToken,
    );
    const codes: string[] = res.checkInAttendees.codes;
    const secrets = codes.map(newSecret);
    for (let n = 0; n <= CODE_FAILURES_PER_ADDRESS; n++) {
      const early = await gqlFrom(
        '127.0.0.5',
        `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { meetingId status ratedOfficialIds } }`,
        { c: codes[n % 3], s: secrets[n % 3] },
      );
      expect(early).toEqual({ data: { ballot: { meetingId: f.meetingId, status: 'DRAFT', ratedOfficialIds: [] } } });
    }
    const vote = () =>
      gqlFrom('127.0.0.5', SUBMIT, {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: codes[0],
          ballotSecret: secrets[0],
        },
      });
    expectError(await vote(), 'CONFLICT');
    await openMeeting(api.server, f);
    expect((await vote()).errors).toBeUndefined();
  });

  it('counts failures against the guessing addresses, never against the meeting: its codes still work from other addresses', async () => {
    const target = await meetingWithCodes('limit.meeting', 2);
    const guess = (from: string, code: string, secret = newSecret()) =>
      gqlFrom(from, SUBMIT, {
        input: {
          meetingId: target.f.meetingId,
          officialId: target.f.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: code,
          ballotSecret: secret,
        },
      });
    const secret = newSecret();
    expect((await guess('127.0.2.1', target.codes[0], secret)).errors).toBeUndefined();
    for (let n = 0; n < 5 * CODE_FAILURES_PER_ADDRESS; n++) {
      const from = `127.0.1.${1 + (n % 5)}`;
      const res = await guess(from, `YYYYY-Y${String(n).padStart(4, '2')}`);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVALID_BALLOT_CODE' });
    }
    expectTooMany(await guess('127.0.1.1', target.codes[1]));
    // The code bound to its browser goes on from a refused address; the other works elsewhere.
    expect(await guess('127.0.1.1', target.codes[0], secret)).toEqual({ data: { submitRating: { replaced: true } } });
    expect(await guess('127.0.2.2', target.codes[1])).toEqual({ data: { submitRating: { replaced: false } } });
  });
});
