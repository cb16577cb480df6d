/**
 * The meeting room's methods of the data provider (docs/rules.md rules 4–7): the meeting with its
 * people and template, its progress, results and attendance roll, and the workflow mutations that
 * run it (open, close, check-in with ballot codes, voiding codes, registering people).
 */
import {
  AddMeetingOfficialsDocument,
  CheckInDocument,
  CloseMeetingDocument,
  MeetingAttendeesDocument,
  MeetingProgressNowDocument,
  MeetingResultsDocument,
  MeetingRoomDocument,
  MyMeetingResultsDocument,
  OfficialsToAddDocument,
  OpenMeetingDocument,
  RegisterRepresentativesDocument,
  RemoveMeetingOfficialsDocument,
  RepresentativeUsersDocument,
  UnregisterRepresentativesDocument,
  VoidCodesDocument,
  type CheckInInput,
  type MeetingPeopleInput,
  type VoidBallotCodesInput,
} from '../gql/graphql';
import { answer, type Call } from './call';

const RESOURCE = 'evaluationMeetings';

/** The live progress the chair's screen subscribes to over graphql-ws (see useMeetingProgress). */
/** The meeting room's methods over `call`. */
export function meetingMethods(call: Call) {
  const progressNow = async (id: string) =>
    (await call(RESOURCE, MeetingProgressNowDocument, { id })).evaluationMeeting?.progress ?? null;
  return {
    /** The meeting with its people and template; representatives only when asked (ADMIN and its CHAIR may read them). Null when out of reach. */
    meetingRoom: async (id: string, withRepresentatives: boolean) =>
      answer((await call(RESOURCE, MeetingRoomDocument, { id, withRepresentatives })).evaluationMeeting ?? null),
    /** The meeting's progress now (the subscription's first read and fallback); null when out of reach. */
    meetingProgress: async (id: string) => answer(await progressNow(id)),
    /**
     * The meeting with its frozen results (empty until CLOSED) and, once closed, its attendance
     * and ballot codes (before, only its chair and the ADMINs may read those); null when out of reach.
     */
    meetingResults: async (id: string) => {
      const meeting = (await call(RESOURCE, MeetingResultsDocument, { id })).evaluationMeeting;
      return answer(
        meeting ? { ...meeting, progress: meeting.status === 'CLOSED' ? await progressNow(id) : null } : null,
      );
    },
    /**
     * The signed-in official's own result at each closed meeting that evaluated them (我的评议),
     * newest year first: what docs/rules.md rule 7 publishes (below the minimum, the count only).
     */
    myMeetingResults: async () =>
      answer(
        (await call(RESOURCE, MyMeetingResultsDocument, {})).evaluationMeetings.nodes.flatMap((meeting) =>
          meeting.results.map((result) => ({
            meeting: { id: meeting.id, title: meeting.title, year: meeting.year, closedAt: meeting.closedAt },
            result,
          })),
        ),
      ),
    /** The attendance roll (its chair and the ADMINs only). */
    meetingAttendees: async (id: string) =>
      answer((await call(RESOURCE, MeetingAttendeesDocument, { id })).evaluationMeeting?.attendees ?? []),
    /** DRAFT → OPEN. */
    openMeeting: async (id: string) => answer((await call(RESOURCE, OpenMeetingDocument, { id })).openMeeting),
    /** OPEN → CLOSED, final: the server freezes the results in the same transaction (rule 4). */
    closeMeeting: async (id: string) => answer((await call(RESOURCE, CloseMeetingDocument, { id })).closeMeeting),
    /**
     * Checks people in: registered representatives (`userIds`) as account voters, or representatives
     * and people without an account (`names`) as code voters, one new ballot code each; the answer is
     * the only time the codes are seen (rule 7).
     */
    checkInAttendees: async (input: CheckInInput) =>
      answer((await call(RESOURCE, CheckInDocument, { input })).checkInAttendees),
    /** Voids unused ballot codes: those listed, or with `allUnused` every one that has not voted; resolves to how many. */
    voidBallotCodes: async (input: VoidBallotCodesInput) =>
      answer((await call(RESOURCE, VoidCodesDocument, { input })).voidBallotCodes.voided),
    /** Registers representatives for a meeting (DRAFT or OPEN). */
    registerRepresentatives: async (input: MeetingPeopleInput) =>
      answer((await call(RESOURCE, RegisterRepresentativesDocument, { input })).registerRepresentatives),
    /** Removes registered representatives (DRAFT). */
    unregisterRepresentatives: async (input: MeetingPeopleInput) =>
      answer((await call(RESOURCE, UnregisterRepresentativesDocument, { input })).unregisterRepresentatives),
    /** Puts officials under evaluation at a meeting (DRAFT, ADMIN). */
    addMeetingOfficials: async (input: MeetingPeopleInput) =>
      answer((await call(RESOURCE, AddMeetingOfficialsDocument, { input })).addMeetingOfficials),
    /** Takes officials off a meeting (DRAFT, ADMIN). */
    removeMeetingOfficials: async (input: MeetingPeopleInput) =>
      answer((await call(RESOURCE, RemoveMeetingOfficialsDocument, { input })).removeMeetingOfficials),
    /** REPRESENTATIVE users of a subdistrict, by name (the `users` query: ADMIN only, FORBIDDEN otherwise). */
    representativeUsers: async (subdistrictId: string) =>
      answer(
        (await call(RESOURCE, RepresentativeUsersDocument, { filter: { role: 'REPRESENTATIVE', subdistrictId } })).users
          .nodes,
      ),
    /** Officials of a subdistrict whose name contains `text` (at most 50, by name). */
    officialsToAdd: async (subdistrictId: string, text: string) =>
      answer(
        (
          await call(RESOURCE, OfficialsToAddDocument, {
            filter: { subdistrictId, ...(text.trim() ? { nameContains: text.trim() } : {}) },
          })
        ).officials.nodes,
      ),
  };
}
