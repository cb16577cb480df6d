/**
 * What the meeting-room browser test builds through the API and how it checks the results by
 * hand: a 40/30/30 template, a DRAFT meeting in 外滩街道 chaired by waitan.chair with three
 * officials and two registered representatives, and docs/rules.md rule 6 computed from the ratings the
 * test submitted.
 */
/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server';
import type { Answer } from '../../support/api';

/** The template's criteria, in the order the voting screen shows them. */
export const CRITERIA = [
  { key: 'attitude', label: '服务态度', weight: 40 },
  { key: 'efficiency', label: '办事效率', weight: 30 },
  { key: 'integrity', label: '廉洁自律', weight: 30 },
];

/** One rating as the test submits it: a level and the scores in CRITERIA order. */
export interface TestRating {
  satisfaction: 'VERY_SATISFIED' | 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED';
  scores: number[];
  comment?: string;
}

/** The five levels as the voting screen labels them. */
export const LEVEL_LABELS: Record<TestRating['satisfaction'], string> = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
};

/** The meeting the test runs. */
export interface RoomFixture {
  meetingId: string;
  title: string;
  officials: { id: string; name: string }[];
  chairName: string;
  representativeNames: string[];
  /** The registered representatives' usernames, in the order of representativeNames. */
  representativeUsernames: string[];
}

/** Runs `query` as `token` and fails on any error. */
export async function call<T = Answer>(
  server: TestServer,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await server.gql<T>(query, variables, { token });
  if (response.errors) throw new Error(`${query}\n${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The browser secret this test's API voter keeps per ballot code (docs/rules.md rule 7: a code binds to the first one). */
const secrets = new Map<string, string>();

/** Submits a rating through the API with a ballot code and that code's secret, without signing in. */
export async function submitByCode(
  server: TestServer,
  meetingId: string,
  officialId: string,
  ballotCode: string,
  rating: TestRating,
): Promise<void> {
  const scores = CRITERIA.map((criterion, i) => ({ key: criterion.key, score: rating.scores[i] }));
  if (!secrets.has(ballotCode)) secrets.set(ballotCode, randomBytes(32).toString('base64url'));
  await call(server, null, `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`, {
    input: {
      meetingId,
      officialId,
      ballotCode,
      ballotSecret: secrets.get(ballotCode),
      satisfaction: rating.satisfaction,
      scores,
      comment: rating.comment,
    },
  });
}

/** Checks `names` in as code voters (as the user of `token`: the chair or an ADMIN) and returns their new ballot codes. */
export async function codesFor(
  server: TestServer,
  token: string,
  meetingId: string,
  names: string[],
): Promise<string[]> {
  const data = await call(
    server,
    token,
    `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
    { input: { meetingId, mode: 'CODE', names } },
  );
  return data.checkInAttendees.codes;
}

/** The meeting's minimum count for a published result (the API's lowest allowed, docs/rules.md rule 7). */
export const MIN_RATINGS = 3;

/** As the 黄浦区 ADMIN: the template, the DRAFT meeting, its officials and registered representatives (one room per `title`). */
export async function setUpRoom(server: TestServer, adminToken: string, title: string): Promise<RoomFixture> {
  const as = <T = Answer>(query: string, variables?: Record<string, unknown>) =>
    call<T>(server, adminToken, query, variables);
  const district = await as(`{ districts(filter: { code: "310101" }) { nodes { id } } }`);
  const waitan = await as(`{ subdistricts(filter: { code: "310101013" }) { nodes { id } } }`);
  const districtId = district.districts.nodes[0].id;
  const subdistrictId = waitan.subdistricts.nodes[0].id;
  const template = await as(
    `mutation ($input: CreateRatingTemplateInput!) { createRatingTemplate(input: $input) { id } }`,
    {
      // Named after the meeting: a template's name is unique in its district, and a file may set up several rooms.
      input: { name: `${title}评议标准`, districtId, criteria: CRITERIA },
    },
  );
  const chairs = await as(
    `{ users(filter: { role: CHAIR, nameContains: "waitan.chair" }) { nodes { id username displayName } } }`,
  );
  const chair = chairs.users.nodes.find((u: { username: string }) => u.username === 'waitan.chair');
  const meeting = await as(
    `mutation ($input: CreateEvaluationMeetingInput!) { createEvaluationMeeting(input: $input) { id } }`,
    {
      input: {
        title,
        year: 2026,
        subdistrictId,
        templateId: template.createRatingTemplate.id,
        chairId: chair!.id,
        minRatings: MIN_RATINGS,
      },
    },
  );
  const meetingId = meeting.createEvaluationMeeting.id;
  const officials = await as(
    `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: CIVIL_SERVANT }, first: 3, orderBy: [{ field: NAME }]) { nodes { id name } } }`,
    {
      s: subdistrictId,
    },
  );
  const officialIds = officials.officials.nodes.map((o: { id: string }) => o.id);
  await as(`mutation ($input: MeetingPeopleInput!) { addMeetingOfficials(input: $input) { id } }`, {
    input: { meetingId, ids: officialIds },
  });
  const reps = await as(
    `query ($s: ID!) { users(filter: { role: REPRESENTATIVE, subdistrictId: $s }, first: 2, orderBy: [{ field: USERNAME }]) { nodes { id displayName username } } }`,
    {
      s: subdistrictId,
    },
  );
  const repIds = reps.users.nodes.map((u: { id: string }) => u.id);
  await as(`mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`, {
    input: { meetingId, ids: repIds },
  });
  return {
    meetingId,
    title,
    officials: officials.officials.nodes,
    chairName: chair!.displayName,
    representativeNames: reps.users.nodes.map((u: { displayName: string }) => u.displayName),
    representativeUsernames: reps.users.nodes.map((u: { username: string }) => u.username),
  };
}

/**
 * docs/rules.md rule 6 by hand for one official's ratings: the count, the satisfaction rate
 * (very satisfied + satisfied + basically satisfied) / ratings, and Σ weightᵢ · (meanᵢ − 1) / 4,
 * as the results page shows them (rate in % and score with one decimal).
 */
export function expectedResult(ratings: TestRating[]): { count: string; rate: string; score: string } {
  const n = ratings.length;
  const satisfied = ratings.filter((r) =>
    ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'].includes(r.satisfaction),
  ).length;
  const score = CRITERIA.reduce((sum, criterion, i) => {
    const mean = ratings.reduce((total, r) => total + r.scores[i], 0) / n;
    return sum + (criterion.weight * (mean - 1)) / 4;
  }, 0);
  return { count: String(n), rate: `${((satisfied / n) * 100).toFixed(1)}%`, score: score.toFixed(1) };
}

/** Fills in one official's card on the voting screen (level, a score per criterion, comment) without submitting. */
export async function fillCard(page: Page, officialName: string, rating: TestRating): Promise<void> {
  const card = page.getByRole('region', { name: officialName });
  await card
    .getByRole('group', { name: '总体满意度' })
    .getByRole('button', { name: LEVEL_LABELS[rating.satisfaction], exact: true })
    .click();
  for (const [i, criterion] of CRITERIA.entries()) {
    await card
      .getByRole('group', { name: criterion.label })
      .getByRole('button', { name: String(rating.scores[i]), exact: true })
      .click();
  }
  if (rating.comment !== undefined) await card.getByLabel('意见或理由').fill(rating.comment);
}

/** Saves a screenshot of the whole page (not only the window). */
export async function fullPageScreenshot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: file, fullPage: true });
}

/** Saves the page as it prints: print media on a window as wide as A4 inside its margins (186 mm ≈ 703 px), whole page. */
export async function printScreenshot(page: Page, file: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.emulateMedia({ media: 'print' });
  try {
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
    if (size) await page.setViewportSize(size);
  }
}

/** Waits until open dialogs have faded in, so a screenshot shows them fully. */
export async function dialogShown(page: Page): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.MuiDialog-container')).every((e) => getComputedStyle(e).opacity === '1'),
  );
}
