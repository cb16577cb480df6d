import { signToken } from '../../server/auth/tokens';
import { Role } from '../../server/user/role';
import { hashPassword } from '../../server/user/user.service';
import { idByCode } from './api';
import type { TestServer } from './server';

/** A meeting set up through the API for tests: ids and tokens of everyone involved. */
export interface MeetingFixture {
  meetingId: string;
  templateId: string;
  waitanId: string;
  officialIds: string[];
  chairToken: string;
  /** Tokens of REPRESENTATIVE users registered for the meeting, in order rep-0, rep-1, … */
  repTokens: string[];
  repIds: string[];
}

/** The criteria of the fixture's template: weights 40 / 30 / 30. */
export const CRITERIA = [
  { key: 'attitude', label: '服务态度', weight: 40 },
  { key: 'efficiency', label: '办事效率', weight: 30 },
  { key: 'integrity', label: '廉洁自律', weight: 30 },
];

/**
 * Makes `reps` REPRESENTATIVE users of 外滩街道 straight in the database (one password hash for
 * all) and returns their ids and signed tokens, without going through the sign-in throttle.
 */
export async function makeRepresentatives(server: TestServer, prefix: string, count: number, subdistrictId: string): Promise<{ ids: string[]; tokens: string[] }> {
  const districtId = await idByCode(server, 'district', '310101');
  const hash = await hashPassword('pingyi-demo');
  const rows: { id: string; username: string }[] = await server.db.query(
    `INSERT INTO app_user (username, display_name, role, district_id, subdistrict_id, password_hash)
     SELECT $1 || g, '代表' || g, 'REPRESENTATIVE', $2, $3, $4 FROM generate_series(0, $5 - 1) g
     RETURNING id, username`,
    [prefix, districtId, subdistrictId, hash, count],
  );
  rows.sort((a, b) => Number(a.username.slice(prefix.length)) - Number(b.username.slice(prefix.length)));
  const tokens = await Promise.all(
    rows.map(async (r) => (await signToken(server.db, { userId: r.id, username: r.username, role: Role.REPRESENTATIVE, districtId, subdistrictId })).token),
  );
  return { ids: rows.map((r) => r.id), tokens };
}

/** Runs a GraphQL operation and throws on any error. */
export async function ok<T = any>(server: TestServer, query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T> {
  const res = await server.gql(query, variables, token === undefined ? {} : { token });
  if (res.errors) throw new Error(`${query}\n${JSON.stringify(res.errors)}`);
  return res.data;
}

/** waitan.chair's tokens per server: signed in once, as sign-ins are rate-limited per user (10 per 15 minutes). */
const chairTokens = new WeakMap<TestServer, Promise<string>>();

/** waitan.chair's token on `server`, signed in on first use. */
function chairTokenOf(server: TestServer): Promise<string> {
  let token = chairTokens.get(server);
  if (!token) {
    token = server.login('waitan.chair');
    chairTokens.set(server, token);
  }
  return token;
}

/**
 * As the 黄浦区 admin: a 40/30/30 template, a DRAFT meeting in 外滩街道 chaired by waitan.chair
 * with `officials` officials under evaluation and `reps` registered representatives.
 */
export async function setUpMeeting(server: TestServer, options: { reps: number; officials: number; prefix: string; minRatings?: number }): Promise<MeetingFixture> {
  const huangpu = await idByCode(server, 'district', '310101');
  const waitanId = await idByCode(server, 'subdistrict', '310101013');
  const template = await ok(server, `mutation ($input: CreateRatingTemplateInput!) { createRatingTemplate(input: $input) { id } }`, {
    input: { name: `${options.prefix}模板`, districtId: huangpu, criteria: CRITERIA },
  });
  const chair = await ok(server, `{ users(filter: { role: CHAIR }) { nodes { id username } } }`);
  const chairId = chair.users.nodes.find((u: any) => u.username === 'waitan.chair').id;
  const meeting = await ok(server, `mutation ($input: CreateEvaluationMeetingInput!) { createEvaluationMeeting(input: $input) { id status } }`, {
    input: { title: `${options.prefix}评议会`, year: 2026, subdistrictId: waitanId, templateId: template.createRatingTemplate.id, chairId, minRatings: options.minRatings ?? 3 },
  });
  const meetingId = meeting.createEvaluationMeeting.id;
  const officials = await ok(server, `query ($s: ID!, $n: Int) { officials(filter: { subdistrictId: $s }, first: $n, orderBy: [{ field: NAME }]) { nodes { id } } }`, { s: waitanId, n: options.officials });
  const officialIds = officials.officials.nodes.map((o: any) => o.id);
  await ok(server, `mutation ($input: MeetingPeopleInput!) { addMeetingOfficials(input: $input) { id } }`, { input: { meetingId, ids: officialIds } });
  const reps = await makeRepresentatives(server, options.prefix, options.reps, waitanId);
  if (reps.ids.length > 0) {
    await ok(server, `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`, { input: { meetingId, ids: reps.ids } });
  }
  const chairToken = await chairTokenOf(server);
  return { meetingId, templateId: template.createRatingTemplate.id, waitanId, officialIds, chairToken, repTokens: reps.tokens, repIds: reps.ids };
}
