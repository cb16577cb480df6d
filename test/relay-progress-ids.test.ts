/**
 * Live progress carries ids, so a client cache (Apollo's, Relay's) files a live event over the
 * progress it already holds: the same ids from the field and from the subscription, stable from
 * event to event, distinct per meeting and never a record's id.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { useTestApi, type Schema } from './support/api';
import { ok, setUpMeeting } from './support/factories';

const api = useTestApi({ withShanghai: true });

const PROGRESS_FIELDS = `id meetingId officials { id officialId ratingsReceived } codeIssuers { id issuerId codesIssued }`;

/** Subscribes to a meeting's progress as `token` and resolves with the first event after `trigger` ran. */
async function firstEvent(
  token: string,
  meetingId: string,
  trigger: () => Promise<unknown>,
): Promise<Schema.MeetingProgress> {
  const client = createClient({
    url: api.server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  let live = false;
  let triggering: Promise<void> = Promise.resolve();
  try {
    return await new Promise<Schema.MeetingProgress>((resolve, reject) => {
      client.subscribe<Pick<Schema.Subscription, 'meetingProgress'>>(
        {
          query: `subscription ($m: ID!) { meetingProgress(meetingId: $m) { ${PROGRESS_FIELDS} } }`,
          variables: { m: meetingId },
        },
        {
          next: (value) => {
            live = true;
            if (value.errors) reject(new Error(JSON.stringify(value.errors)));
            else resolve(value.data!.meetingProgress);
          },
          error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
          complete: () => undefined,
        },
      );
      // Repeat the (idempotent) trigger until the subscription is live and has answered.
      // The loop is awaited before returning, so no trigger is still in flight when the test moves on.
      triggering = (async () => {
        while (!live) {
          await trigger();
          await new Promise((r) => setTimeout(r, 100));
        }
      })().catch((err) => reject(err));
    });
  } finally {
    live = true;
    await triggering;
    void client.dispose();
  }
}

describe('live-progress ids', () => {
  it("gives the progress, each official's line and each code issuer an id, the same in the field and in live events", async () => {
    const f = await setUpMeeting(api.server, { reps: 2, officials: 2, prefix: 'pid.a' });
    const g = await setUpMeeting(api.server, { reps: 1, officials: 2, prefix: 'pid.b' });
    await ok(
      api.server,
      `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['王芳'] } },
      f.chairToken,
    );
    const read = async (meetingId: string) =>
      (
        await ok(
          api.server,
          `query ($m: ID!) { evaluationMeeting(id: $m) { progress { ${PROGRESS_FIELDS} } } }`,
          { m: meetingId },
          f.chairToken,
        )
      ).evaluationMeeting!.progress;
    const progress = await read(f.meetingId);
    const other = await read(g.meetingId);

    const ids = [progress.id, ...progress.officials.map((o) => o.id), ...progress.codeIssuers.map((c) => c.id)];
    expect(progress.officials).toHaveLength(2);
    expect(progress.codeIssuers).toHaveLength(1);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Never a record's id: not the meeting's, not an official's, not a user's.
    for (const recordId of [f.meetingId, ...f.officialIds, progress.codeIssuers[0].issuerId])
      expect(ids).not.toContain(recordId);
    // The same officials at another meeting are other lines.
    const otherIds = [other.id, ...other.officials.map((o) => o.id)];
    expect(otherIds.filter((id) => ids.includes(id))).toEqual([]);
    // Stable: read again, same ids.
    expect(await read(f.meetingId)).toEqual(progress);

    // A live event carries the same ids (registering a registered representative again announces the meeting).
    const poke = () =>
      ok(
        api.server,
        `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`,
        { input: { meetingId: f.meetingId, ids: [f.repIds[0]] } },
        f.chairToken,
      );
    const event = await firstEvent(f.chairToken, f.meetingId, poke);
    expect(event).toEqual(progress);
  });
});
