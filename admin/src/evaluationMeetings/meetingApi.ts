/**
 * The meeting room's GraphQL operations (schema.graphql: EvaluationMeeting, MeetingProgress,
 * MeetingResult and the workflow mutations), as typed functions.
 */
import { request } from '../common/api';

/** An official as the meeting room lists them. */
export interface RoomOfficial {
  id: string;
  name: string;
  category: string;
  title: string;
}

/** A user as the meeting room names them (never a voter next to a choice: there is no such data). */
export interface RoomUser {
  id: string;
  displayName: string;
  username: string;
}

/** One criterion of the meeting's template. */
export interface Criterion {
  key: string;
  label: string;
  weight: number;
}

/** A meeting with everything its show page and printouts need. */
export interface MeetingRoom {
  id: string;
  title: string;
  year: number;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  minRatings: number;
  scheduledAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  chairId: string | null;
  subdistrictId: string;
  chair: { id: string; displayName: string } | null;
  subdistrict: { id: string; name: string };
  neighborhood: { id: string; name: string } | null;
  template: { id: string; name: string; criteria: Criterion[] };
  officials: RoomOfficial[];
  /** Only for ADMIN and CHAIR (FORBIDDEN for others, so not asked). */
  representatives?: RoomUser[];
}

/** Who issued how many ballot codes (null id and name: not recorded). */
export interface CodeIssuer {
  issuerId: string | null;
  name: string | null;
  codesIssued: number;
}

/**
 * Progress: ratings received per official against the attendees present, and the ballot codes
 * issued, used and voided by whom (docs/rules.md rule 7). The chair and ADMINs read it while the meeting
 * runs; everyone who sees the meeting once it is closed.
 */
export interface Progress {
  meetingId: string;
  status: MeetingRoom['status'];
  representativesRegistered: number;
  attendeesPresent: number;
  accountVoters: number;
  codeVoters: number;
  ballotCodesIssued: number;
  ballotCodesUsed: number;
  ballotCodesVoided: number;
  codeIssuers: CodeIssuer[];
  officials: { officialId: string; name: string; ratingsReceived: number }[];
}

/** How a person present votes. */
export type VotingMode = 'ACCOUNT' | 'CODE';

/** One person on the attendance roll (a code voter's code is never known). */
export interface Attendee {
  id: string;
  mode: VotingMode;
  userId: string | null;
  name: string;
  checkedIn: boolean;
}

/** One official's frozen result (null figures when below the minimum count). */
export interface Result {
  officialId: string;
  ratingCount: number;
  rate: number | null;
  weightedScore: number | null;
  satisfactionDistribution: { level: string; count: number }[] | null;
  publishedComments: string[];
  official: RoomOfficial;
}

const ROOM_FIELDS = `id title year status minRatings scheduledAt openedAt closedAt chairId subdistrictId
  chair { id displayName } subdistrict { id name } neighborhood { id name }
  template { id name criteria { key label weight } }
  officials { id name category title }`;

/** Progress fields, shared by the query and the subscription. */
export const PROGRESS_FIELDS = `meetingId status representativesRegistered attendeesPresent accountVoters codeVoters
  ballotCodesIssued ballotCodesUsed ballotCodesVoided codeIssuers { issuerId name codesIssued } officials { officialId name ratingsReceived }`;

/** The meeting room; `withRepresentatives` only for ADMIN and CHAIR. Null when out of reach. */
export async function fetchRoom(id: string, withRepresentatives: boolean): Promise<MeetingRoom | null> {
  const reps = withRepresentatives ? 'representatives { id displayName username }' : '';
  const data = await request<{ evaluationMeeting: MeetingRoom | null }>(`query MeetingRoom($id: ID!) { evaluationMeeting(id: $id) { ${ROOM_FIELDS} ${reps} } }`, { id });
  return data.evaluationMeeting;
}

/** The meeting's progress now (the subscription's fallback). */
export async function fetchProgress(id: string): Promise<Progress | null> {
  const data = await request<{ evaluationMeeting: { progress: Progress } | null }>(`query MeetingProgressNow($id: ID!) { evaluationMeeting(id: $id) { progress { ${PROGRESS_FIELDS} } } }`, { id });
  return data.evaluationMeeting?.progress ?? null;
}

/** The meeting with its frozen results (empty until CLOSED) and, once closed, its attendance and ballot codes. */
export async function fetchResults(id: string): Promise<(MeetingRoom & { results: Result[]; progress: Progress | null }) | null> {
  const data = await request<{ evaluationMeeting: (MeetingRoom & { results: Result[] }) | null }>(
    `query MeetingResults($id: ID!) { evaluationMeeting(id: $id) { ${ROOM_FIELDS}
      results { officialId ratingCount rate weightedScore satisfactionDistribution { level count } publishedComments official { id name category title } } } }`,
    { id },
  );
  const meeting = data.evaluationMeeting;
  if (!meeting) return null;
  // The tally is read only for a closed meeting: before, only its chair and the ADMINs may.
  return { ...meeting, progress: meeting.status === 'CLOSED' ? await fetchProgress(id) : null };
}

/** The attendance roll (its chair and ADMINs only). */
export async function fetchAttendees(id: string): Promise<Attendee[]> {
  const data = await request<{ evaluationMeeting: { attendees: Attendee[] } | null }>(`query MeetingAttendees($id: ID!) { evaluationMeeting(id: $id) { attendees { id mode userId name checkedIn } } }`, { id });
  return data.evaluationMeeting?.attendees ?? [];
}

/** DRAFT → OPEN. */
export async function openMeeting(id: string): Promise<void> {
  await request(`mutation OpenMeeting($id: ID!) { openMeeting(id: $id) { id status } }`, { id });
}

/** OPEN → CLOSED, final: the server freezes the results. */
export async function closeMeeting(id: string): Promise<void> {
  await request(`mutation CloseMeeting($id: ID!) { closeMeeting(id: $id) { id status } }`, { id });
}

/**
 * Checks people in: registered representatives (`userIds`) as account voters, or representatives
 * and people without an account (`names`) as code voters, one new ballot code each; the answer is
 * the only time the codes are seen.
 */
export async function checkIn(meetingId: string, mode: VotingMode, people: { userIds?: string[]; names?: string[] }): Promise<{ checkedIn: number; codes: string[] }> {
  const data = await request<{ checkInAttendees: { checkedIn: number; codes: string[] } }>(
    `mutation CheckIn($input: CheckInInput!) { checkInAttendees(input: $input) { checkedIn codes } }`,
    { input: { meetingId, mode, ...people } },
  );
  return data.checkInAttendees;
}

/** Voids unused ballot codes: those listed, or with `allUnused` every one that has not voted; returns how many. */
export async function voidCodes(meetingId: string, which: { codes?: string[]; allUnused?: boolean }): Promise<number> {
  const data = await request<{ voidBallotCodes: { voided: number } }>(`mutation VoidCodes($input: VoidBallotCodesInput!) { voidBallotCodes(input: $input) { voided } }`, {
    input: { meetingId, ...which },
  });
  return data.voidBallotCodes.voided;
}

type PeopleMutation = 'registerRepresentatives' | 'unregisterRepresentatives' | 'addMeetingOfficials' | 'removeMeetingOfficials';

/** Adds or removes representatives or officials of a meeting. */
export async function changePeople(mutation: PeopleMutation, meetingId: string, ids: string[]): Promise<void> {
  await request(`mutation ChangePeople($input: MeetingPeopleInput!) { ${mutation}(input: $input) { id } }`, { input: { meetingId, ids } });
}

/** REPRESENTATIVE users of a subdistrict (the `users` query: ADMIN only, FORBIDDEN otherwise). */
export async function fetchRepresentativeUsers(subdistrictId: string): Promise<RoomUser[]> {
  const data = await request<{ users: { nodes: RoomUser[] } }>(
    `query RepresentativeUsers($filter: UserFilter) { users(filter: $filter, first: 100, orderBy: [{ field: DISPLAY_NAME }]) { nodes { id displayName username } } }`,
    { filter: { role: 'REPRESENTATIVE', subdistrictId } },
  );
  return data.users.nodes;
}

/** Officials of a subdistrict whose name contains `text` (at most 50). */
export async function searchOfficials(subdistrictId: string, text: string): Promise<RoomOfficial[]> {
  const data = await request<{ officials: { nodes: RoomOfficial[] } }>(
    `query OfficialsToAdd($filter: OfficialFilter) { officials(filter: $filter, first: 50, orderBy: [{ field: NAME }]) { nodes { id name category title } } }`,
    { filter: { subdistrictId, ...(text.trim() ? { nameContains: text.trim() } : {}) } },
  );
  return data.officials.nodes;
}
