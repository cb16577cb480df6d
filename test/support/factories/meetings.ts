import {
  ADD_MEETING_OFFICIALS,
  CLOSE_MEETING,
  CREATE_MEETING,
  CREATE_TEMPLATE,
  OPEN_MEETING,
  REGISTER_REPRESENTATIVES,
  SUBMIT_RATING,
} from '../operations';
import type { TestServer } from '../server';
import { ok, unique } from './call';
import { representatives } from './people';
import { places } from './places';

/** A meeting set up through the API: ids and tokens of everyone involved. */
export interface MeetingFixture {
  meetingId: string;
  templateId: string;
  waitanId: string;
  officialIds: string[];
  /** waitan.chair's token, the meeting's chair. */
  chairToken: string;
  /** Tokens of the REPRESENTATIVE users registered for the meeting, in the order of `repIds`. */
  repTokens: string[];
  repIds: string[];
  repUsernames: string[];
}

/** The criteria of the factories' template: weights 40 / 30 / 30. */
export const CRITERIA = [
  { key: 'attitude', label: '服务态度', weight: 40 },
  { key: 'efficiency', label: '办事效率', weight: 30 },
  { key: 'integrity', label: '廉洁自律', weight: 30 },
];

/** Scores of the criteria: attitude 4, efficiency 4, integrity 5 (weighted score 80) unless given. */
export function scores(attitude = 4, efficiency = 4, integrity = 5): { key: string; score: number }[] {
  return [
    { key: 'attitude', score: attitude },
    { key: 'efficiency', score: efficiency },
    { key: 'integrity', score: integrity },
  ];
}

/** A 40/30/30 rating template of 黄浦区 (CRITERIA): its id. */
export async function template(server: TestServer, name = unique('模板')): Promise<string> {
  const { huangpu } = await places(server);
  return (await ok(server, CREATE_TEMPLATE, { input: { name, districtId: huangpu, criteria: CRITERIA } }))
    .createRatingTemplate.id;
}

/** waitan.chair's tokens per server: signed in once, as successful sign-ins are limited per account (30 per 15 minutes). */
const chairTokens = new WeakMap<TestServer, Promise<string>>();

/** waitan.chair's token on `server`, signed in on first use. */
export function chairTokenOf(server: TestServer): Promise<string> {
  let token = chairTokens.get(server);
  if (!token) {
    token = server.login('waitan.chair');
    chairTokens.set(server, token);
  }
  return token;
}

/** The id of the user with this username (as the signed-in ADMIN). */
export async function userIdOf(server: TestServer, username: string): Promise<string> {
  const found = await ok(
    server,
    `query UserByName($q: String!) { users(filter: { nameContains: $q }, first: 100) { nodes { id username } } }`,
    { q: username },
  );
  const match = found.users.nodes.find((u: { username: string }) => u.username === username);
  if (!match) throw new Error(`no user ${username}`);
  return match.id;
}

/** What a meeting is made of. */
export interface MeetingOptions {
  /** How many new REPRESENTATIVE users of 外滩街道 to register. */
  reps: number;
  /** How many of 外滩街道's officials to put under evaluation, the first by name (ignored with `officialIds`). */
  officials?: number;
  /** The officials under evaluation. */
  officialIds?: string[];
  /** Start of the meeting's title. */
  prefix: string;
  /** Default 3. */
  minRatings?: number;
  year?: number;
  /** The chair's user id: default waitan.chair's; `null` for a meeting without a chair (an ADMIN runs it). */
  chairId?: string | null;
}

/**
 * As the signed-in ADMIN: a 40/30/30 template and a DRAFT meeting in 外滩街道 chaired by
 * waitan.chair, with officials under evaluation and `reps` new representatives registered.
 */
export async function setUpMeeting(server: TestServer, options: MeetingOptions): Promise<MeetingFixture> {
  const { waitan: waitanId } = await places(server);
  const templateId = await template(server, `${options.prefix}模板`);
  const chairId = options.chairId !== undefined ? options.chairId : await userIdOf(server, 'waitan.chair');
  const meeting = await ok(server, CREATE_MEETING, {
    input: {
      title: `${options.prefix}评议会`,
      year: options.year ?? 2026,
      subdistrictId: waitanId,
      templateId,
      chairId,
      minRatings: options.minRatings ?? 3,
    },
  });
  const meetingId = meeting.createEvaluationMeeting.id;
  const officialIds =
    options.officialIds ??
    (
      await ok(
        server,
        `query WaitanOfficials($s: ID!, $n: Int) { officials(filter: { subdistrictId: $s }, first: $n, orderBy: [{ field: NAME }]) { nodes { id } } }`,
        {
          s: waitanId,
          n: options.officials ?? 1,
        },
      )
    ).officials.nodes.map((o: { id: string }) => o.id);
  await ok(server, ADD_MEETING_OFFICIALS, { input: { meetingId, ids: officialIds } });
  const reps = await representatives(server, options.reps, { subdistrictId: waitanId });
  if (reps.ids.length > 0) await ok(server, REGISTER_REPRESENTATIVES, { input: { meetingId, ids: reps.ids } });
  return {
    meetingId,
    templateId,
    waitanId,
    officialIds,
    chairToken: await chairTokenOf(server),
    repTokens: reps.tokens,
    repIds: reps.ids,
    repUsernames: reps.usernames,
  };
}

/** Who runs a meeting's workflow step: its chair, the server's signed-in ADMIN, or the user of a token. */
export type Runner = 'chair' | 'admin' | { token: string };

const tokenOf = (f: MeetingFixture, by: Runner) =>
  by === 'chair' ? f.chairToken : by === 'admin' ? undefined : by.token;

/** Opens the meeting, as its chair unless `by` says otherwise. */
export async function openMeeting(server: TestServer, f: MeetingFixture, by: Runner = 'chair'): Promise<void> {
  await ok(server, OPEN_MEETING, { id: f.meetingId }, tokenOf(f, by));
}

/** Closes the meeting, freezing its results, as its chair unless `by` says otherwise. */
export async function closeMeeting(server: TestServer, f: MeetingFixture, by: Runner = 'chair'): Promise<void> {
  await ok(server, CLOSE_MEETING, { id: f.meetingId }, tokenOf(f, by));
}

/** Every registered representative rates every official under evaluation SATISFIED with `scores()` (an OPEN meeting). */
export async function rateAll(server: TestServer, f: MeetingFixture): Promise<void> {
  for (const token of f.repTokens) {
    for (const officialId of f.officialIds) {
      await ok(
        server,
        SUBMIT_RATING,
        { input: { meetingId: f.meetingId, officialId, satisfaction: 'SATISFIED', scores: scores() } },
        token,
      );
    }
  }
}

/** An OPEN meeting of 外滩街道 with two officials, each rated by all of its `reps` representatives. */
export async function openMeetingWithRatings(
  server: TestServer,
  prefix: string,
  reps: number,
): Promise<MeetingFixture> {
  const f = await setUpMeeting(server, { reps, officials: 2, prefix });
  await openMeeting(server, f);
  await rateAll(server, f);
  return f;
}

/** A meeting of 外滩街道 with `reps` ratings per official (two officials), closed by its chair. */
export async function closedMeeting(
  server: TestServer,
  prefix: string,
  reps: number,
): Promise<{ meetingId: string; officialIds: string[] }> {
  const f = await openMeetingWithRatings(server, prefix, reps);
  await closeMeeting(server, f);
  return { meetingId: f.meetingId, officialIds: f.officialIds };
}
