import { isUUID } from 'class-validator';
import { queryOnce } from '../lib/context';
import { adminUsername, BENCH_PASSWORD, OpenMeetingFixture } from '../lib/fixtures';
import { graphql, login } from '../b2/http';

/** A representative of a burst meeting, signed in beforehand. */
export interface BurstRep {
  username: string;
  userId: string;
  /** Pingyi token, obtained before the burst so that sign-in is not measured. */
  token: string;
}

/** An OPEN meeting made for one B3 run. */
export interface BurstMeeting {
  meetingId: string;
  /** Officials under evaluation, in the order a representative rates them. */
  officialIds: string[];
  /** Criterion keys of its template; a rating scores each 1–5. */
  criteriaKeys: string[];
  reps: BurstRep[];
}

interface SeedMeetingRow {
  id: string;
  subdistrict_id: string;
  template_id: string;
  chair_id: string | null;
  neighborhood_id: string | null;
  year: number;
}

/** Runs `fn` over `items` with at most `limit` at a time; resolves to the results in order. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The next loopback address (127.0.0.n) sign-ins may come from; each call of signInAll moves it on. */
let nextAddress = 2;

/**
 * Signs every representative in through Pingyi's `login`, a few at a time. Sign-ins are limited to
 * 50 per address per 15 minutes, so they come from loopback addresses 127.0.0.2, .3, … (40 each),
 * a later call in the same process starting after the addresses an earlier one used.
 * Resolves to username → token.
 */
export async function signInAll(
  graphqlUrl: string,
  usernames: string[],
  password = BENCH_PASSWORD,
): Promise<Map<string, string>> {
  const first = nextAddress;
  nextAddress += Math.ceil(usernames.length / 40);
  if (nextAddress > 254) throw new Error('B3 ran out of loopback addresses to sign in from');
  const tokens = await inBatches(usernames, 4, (u, i) =>
    login(graphqlUrl, u, password, `127.0.0.${first + Math.floor(i / 40)}`),
  );
  return new Map(usernames.map((u, i) => [u, tokens[i]]));
}

/**
 * Makes this run's OPEN meetings through the API, one per seed fixture, until `repsWanted`
 * representatives are covered: each copies its fixture's 街道, template, chair, neighborhood,
 * officials and representatives, created and opened by the district's bench ADMIN. Then signs
 * every representative in. Titles start with `B3 <tag>`.
 */
export async function createBurstMeetings(
  graphqlUrl: string,
  databaseUrl: string,
  fixtures: OpenMeetingFixture[],
  repsWanted: number,
  tag: string,
): Promise<BurstMeeting[]> {
  const chosen: OpenMeetingFixture[] = [];
  for (let covered = 0; covered < repsWanted && chosen.length < fixtures.length;) {
    const fixture = fixtures[chosen.length];
    chosen.push({ ...fixture, repUsernames: fixture.repUsernames.slice(0, repsWanted - covered) });
    covered += chosen[chosen.length - 1].repUsernames.length;
  }
  const seedRows = await queryOnce<SeedMeetingRow>(
    databaseUrl,
    'SELECT id, subdistrict_id, template_id, chair_id, neighborhood_id, year FROM evaluation_meeting WHERE id = ANY($1)',
    [chosen.map((f) => f.meetingId)],
  );
  const usernames = chosen.flatMap((f) => f.repUsernames);
  const users = await queryOnce<{ id: string; username: string }>(
    databaseUrl,
    'SELECT id, username FROM app_user WHERE username = ANY($1)',
    [usernames],
  );
  const userIds = new Map(users.map((u) => [u.username, u.id]));
  const places = seedRows
    .flatMap((r) => [r.subdistrict_id, r.template_id, r.chair_id, r.neighborhood_id])
    .filter((id): id is string => id !== null);
  const sentIds = [...chosen.flatMap((f) => f.officialIds), ...users.map((u) => u.id), ...places];
  const badIds = sentIds.filter((id) => !isUUID(id, 'all'));
  if (badIds.length > 0) {
    throw new Error(
      `${badIds.length} of the seed's ids B3 sends are not RFC 4122 UUIDs (e.g. ${badIds[0]}); Pingyi's inputs refuse them as BAD_USER_INPUT: the seed must set the version and variant bits of its ids`,
    );
  }

  const adminTokens = new Map<string, string>();
  const meetings: BurstMeeting[] = [];
  for (const fixture of chosen) {
    const district = fixture.subdistrictCode.slice(0, 6);
    if (!adminTokens.has(district))
      adminTokens.set(district, await login(graphqlUrl, adminUsername(district), BENCH_PASSWORD));
    const token = adminTokens.get(district)!;
    const seed = seedRows.find((r) => r.id === fixture.meetingId)!;
    const created = await graphql<{ createEvaluationMeeting: { id: string } }>(
      graphqlUrl,
      'mutation ($input: CreateEvaluationMeetingInput!) { createEvaluationMeeting(input: $input) { id } }',
      {
        input: {
          subdistrictId: seed.subdistrict_id,
          templateId: seed.template_id,
          chairId: seed.chair_id,
          neighborhoodId: seed.neighborhood_id,
          year: seed.year,
          title: `B3 ${tag} ${fixture.subdistrictCode}`,
        },
      },
      { token },
    );
    const meetingId: string = created.createEvaluationMeeting.id;
    const people = 'mutation ($input: MeetingPeopleInput!) { m: MUTATION(input: $input) { id } }';
    await graphql(
      graphqlUrl,
      people.replace('MUTATION', 'addMeetingOfficials'),
      { input: { meetingId, ids: fixture.officialIds } },
      { token },
    );
    const repIds = fixture.repUsernames.map((u) => userIds.get(u)!);
    await graphql(
      graphqlUrl,
      people.replace('MUTATION', 'registerRepresentatives'),
      { input: { meetingId, ids: repIds } },
      { token },
    );
    await graphql(graphqlUrl, 'mutation ($id: ID!) { openMeeting(id: $id) { status } }', { id: meetingId }, { token });
    meetings.push({
      meetingId,
      officialIds: fixture.officialIds,
      criteriaKeys: fixture.criteriaKeys,
      reps: fixture.repUsernames.map((username) => ({ username, userId: userIds.get(username)!, token: '' })),
    });
  }
  const tokens = await signInAll(graphqlUrl, usernames);
  for (const m of meetings) for (const rep of m.reps) rep.token = tokens.get(rep.username)!;
  return meetings;
}

/**
 * Deletes the run's meetings (their registrations, voter roll and ballots go with them). The
 * audit log keeps its entries: it is append-only.
 */
export async function deleteBurstMeetings(databaseUrl: string, meetingIds: string[]): Promise<void> {
  if (meetingIds.length > 0)
    await queryOnce(databaseUrl, 'DELETE FROM evaluation_meeting WHERE id = ANY($1)', [meetingIds]);
}
