/**
 * Input caps (README, Security and production): `…Contains` filters take
 * at most 100 characters and years 2000–2100, each refused as BAD_USER_INPUT naming the field; no
 * error message quotes a client's value longer than 40 characters; the WebSocket runs the same
 * string guard as HTTP; a required comment made only of invisible characters is empty.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { useTestApi } from './support/api';
import { openMeeting, scores, setUpMeeting } from './support/factories';
import { expectError } from './support/expect';
import { SUBMIT_RATING } from './support/operations';

const api = useTestApi({ withShanghai: true });

/** Sends one subscription over graphql-ws and resolves with the errors it gets (or [] for a first event). */
function overSocket(query: string, variables: Record<string, unknown>, token: string) {
  const client = createClient({
    url: api.server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  return new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => resolve(value.errors ? [...value.errors] : []),
        error: (err) =>
          Array.isArray(err) ? resolve(err) : reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
        complete: () => resolve([]),
      },
    );
  }).finally(() => client.dispose());
}

/** The longest run of one character in a text: how much of a repeated value it quotes back. */
const longestRun = (text: string) =>
  Math.max(0, ...(text.match(/(.)\1*/gsu) ?? []).map((run) => Array.from(run).length));

describe('input caps', () => {
  it.each([
    ['officials', 'nameContains'],
    ['offices', 'dutyContains'],
    ['users', 'nameContains'],
    ['evaluationMeetings', 'titleContains'],
  ])('%s: filter.%s takes 100 characters, not 101', async (list, field) => {
    const query = `query ($q: String) { ${list}(filter: { ${field}: $q }) { totalCount } }`;
    expect((await api.server.gql(query, { q: '王'.repeat(100) })).errors).toBeUndefined();
    expectError(await api.server.gql(query, { q: '王'.repeat(101) }), 'BAD_USER_INPUT', `filter.${field}`);
    // As a literal in the query too.
    const literal = await api.server.gql(`{ ${list}(filter: { ${field}: "${'x'.repeat(5000)}" }) { totalCount } }`);
    expectError(literal, 'BAD_USER_INPUT', `filter.${field}`);
  });

  it.each([
    ['evaluationMeetings(filter: { year: $y }) { totalCount }', 'filter.year'],
    ['accountabilityCases(filter: { year: $y }) { totalCount }', 'filter.year'],
    ['responsibilityItems(filter: { year: $y }) { totalCount }', 'filter.year'],
    ['annualAssessments(filter: { year: $y }) { totalCount }', 'filter.year'],
  ])('years outside 2000–2100 are refused: %s', async (selection, field) => {
    const query = `query ($y: Int) { ${selection} }`;
    for (const year of [2000, 2100]) expect((await api.server.gql(query, { y: year })).errors).toBeUndefined();
    for (const year of [1999, 2101, -2147483648, 2147483647])
      expectError(await api.server.gql(query, { y: year }), 'BAD_USER_INPUT', field);
  });

  it('quotes no value of the client longer than 40 characters back', async () => {
    const long = 'Q'.repeat(5000);
    const answers = [
      // graphql's own messages about a literal
      await api.server.gql(`{ officials(filter: { category: ${long} }) { totalCount } }`),
      await api.server.gql(`{ officials(first: "${long}") { totalCount } }`),
      // a variable that does not coerce
      await api.server.gql(`query ($c: OfficialCategory) { officials(filter: { category: $c }) { totalCount } }`, {
        c: long,
      }),
      // the server's own messages
      await api.server.gql(`mutation ($input: VoidBallotCodesInput!) { voidBallotCodes(input: $input) { voided } }`, {
        input: { meetingId: '00000000-0000-4000-8000-000000000000', codes: [long] },
      }),
    ];
    for (const res of answers) {
      expect(res.errors?.[0].extensions.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
      const text = JSON.stringify(res.errors);
      expect(longestRun(text)).toBeLessThanOrEqual(40);
    }
  });

  it('runs the string guard over the WebSocket as over HTTP', async () => {
    const f = await setUpMeeting(api.server, { reps: 0, officials: 1, prefix: 'caps.ws' });
    const query = `subscription ($m: ID!) { meetingProgress(meetingId: $m) { meetingId } }`;
    const errors = await overSocket(query, { m: `${f.meetingId}\u0000` }, f.chairToken);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    const long = await overSocket(query, { m: 'Z'.repeat(5000) }, f.chairToken);
    expect(longestRun(JSON.stringify(long))).toBeLessThanOrEqual(40);
  });

  it('counts a required comment of invisible characters only as empty', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'caps.comment' });
    await openMeeting(api.server, f);
    const rate = (comment: string) =>
      api.server.gql(
        SUBMIT_RATING,
        {
          input: {
            meetingId: f.meetingId,
            officialId: f.officialIds[0],
            satisfaction: 'DISSATISFIED',
            scores: scores(),
            comment,
          },
        },
        { token: f.repTokens[0] },
      );
    for (const comment of [
      '\u200b \u3000',
      '\u3000\u3000',
      '\u3164\u3164', // Hangul filler, drawn as nothing
      '\u2800\u2800', // Braille blank
      '\u115f\u1160\uffa0',
      '\u034f\ufe0f\u180e',
    ]) {
      expectError(await rate(comment), 'BAD_USER_INPUT', 'input.comment');
    }
    expect((await rate('\u3000太慢了\u200b')).errors).toBeUndefined();
  });
});
