/**
 * An outsider guessing ballot codes cannot lock a meeting out (docs/rules.md rule 7): guesses count
 * against the guessing address, and a global ceiling over all addresses only shrinks what each
 * further address may guess; a code already bound to its voter's browser is never refused. This
 * file has a server of its own because the global count is shared by every meeting.
 */
import { randomBytes } from 'node:crypto';
import {
  CODE_FAILURES_GLOBAL,
  CODE_FAILURES_PER_ADDRESS,
  CODE_FAILURES_PER_ADDRESS_UNDER_ATTACK,
} from '../server/rating/ballot-throttle';
import { useTestApi } from './support/api';
import { ok, openMeeting, setUpMeeting } from './support/factories';
import { gqlFrom } from './support/from-address';
import type { GqlResponse } from './support/server';

const api = useTestApi({ withShanghai: true });

const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
const BALLOT = `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { meetingId } }`;
const SCORES = [
  { key: 'attitude', score: 4 },
  { key: 'efficiency', score: 3 },
  { key: 'integrity', score: 5 },
];
const newSecret = () => randomBytes(32).toString('base64url');
const tooMany = (res: GqlResponse) => res.errors?.[0].extensions.reason === 'TOO_MANY_ATTEMPTS';

describe("an outsider's code guesses (docs/rules.md rule 7)", () => {
  it('after 1,000 guesses from many addresses the real code voters still vote, only the guessing addresses are refused, and new addresses may fail less', async () => {
    const f = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'guess' });
    const issued = await ok(
      api.server,
      `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['甲', '乙', '丙'] } },
      f.chairToken,
    );
    const codes: string[] = issued.checkInAttendees.codes;
    const secrets = codes.map(newSecret);
    await openMeeting(api.server, f);
    const vote = (from: string, i: number, code = codes[i], secret = secrets[i]) =>
      gqlFrom(api.server, from, SUBMIT, {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: SCORES,
          ballotCode: code,
          ballotSecret: secret,
        },
      });
    // The first voter has voted (their code is bound to their browser) before the guessing starts.
    expect(await vote('127.0.4.1', 0)).toEqual({ data: { submitRating: { replaced: false } } });

    const addresses = 50;
    let invalid = 0;
    let refused = 0;
    const guess = (n: number) => {
      const from = `127.0.5.${1 + (n % addresses)}`;
      const code = `GUESS-${String(n).padStart(4, '2')}X`;
      return n % 2 === 0
        ? vote(from, 0, code, newSecret())
        : gqlFrom(api.server, from, BALLOT, { c: code, s: newSecret() });
    };
    // Ten at a time, one per address, as a crowd of outsiders would send them.
    for (let n = 0; n < 1000; n += 10) {
      for (const answer of await Promise.all(Array.from({ length: 10 }, (_, i) => guess(n + i)))) {
        if (tooMany(answer)) refused++;
        else {
          expect(answer.errors?.[0].extensions.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
          invalid++;
        }
      }
    }
    // Each address guessed its own budget; past the global ceiling, further addresses get less.
    expect(invalid).toBeLessThanOrEqual(addresses * CODE_FAILURES_PER_ADDRESS);
    expect(invalid).toBeGreaterThanOrEqual(CODE_FAILURES_GLOBAL);
    expect(refused).toBe(1000 - invalid);

    // The meeting is not locked: a voter using a fresh code from the room's address votes …
    expect(await vote('127.0.4.1', 1)).toEqual({ data: { submitRating: { replaced: false } } });
    // … and so does one from yet another address (never a guessing one).
    expect(await vote('127.0.4.2', 2)).toEqual({ data: { submitRating: { replaced: false } } });
    // A voter whose code is bound to their browser goes on even behind a guessing address (one NAT).
    expect(await vote('127.0.5.1', 0)).toEqual({ data: { submitRating: { replaced: true } } });
    // Three ballots, one per code.
    const progress = await ok(
      api.server,
      `query ($id: ID!) { evaluationMeeting(id: $id) { progress { ballotCodesUsed officials { ratingsReceived } } } }`,
      { id: f.meetingId },
      f.chairToken,
    );
    expect(progress.evaluationMeeting!.progress).toEqual({ ballotCodesUsed: 3, officials: [{ ratingsReceived: 3 }] });

    // Past the global ceiling a new address may fail only a few times; a valid unbound code from
    // it is then refused alike (the refusal confirms nothing), and works from anywhere else.
    const g = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'guess2' });
    const later = await ok(
      api.server,
      `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
      { input: { meetingId: g.meetingId, mode: 'CODE', names: ['丁'] } },
      g.chairToken,
    );
    await openMeeting(api.server, g);
    const from = '127.0.6.1';
    for (let n = 0; n < CODE_FAILURES_PER_ADDRESS_UNDER_ATTACK; n++) {
      const wrong = await gqlFrom(api.server, from, BALLOT, { c: `LATER-${n}ZZZZ`, s: newSecret() });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const valid = await gqlFrom(api.server, from, BALLOT, { c: later.checkInAttendees.codes[0], s: newSecret() });
    expect(valid.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS' });
    const elsewhere = await gqlFrom(api.server, '127.0.6.2', BALLOT, {
      c: later.checkInAttendees.codes[0],
      s: newSecret(),
    });
    expect(elsewhere).toEqual({ data: { ballot: { meetingId: g.meetingId } } });
  }, 600_000);
});
