/**
 * The names the screens use for what the data provider's methods give: each one the generated type
 * of an operation or fragment (admin/src/gql/graphql.ts), or a part of one. Nothing here restates
 * the schema; change the `.graphql` operation and run `npm run codegen:admin` instead.
 */
import type {
  AssessmentOverviewQuery,
  BallotQuery,
  MeetingAttendeesQuery,
  MeetingResultsQuery,
  MeetingRoomQuery,
  OfficialAssessmentsQuery,
  OpenMeetingsQuery,
  OwnRatingsQuery,
  WebhookDeliveriesQuery,
} from '../gql/graphql';

export type {
  AgencyAppointmentFieldsFragment as AgencyAppointment,
  AssessmentFieldsFragment as Assessment,
  AssessmentPolicyFieldsFragment as Policy,
  CriterionFieldsFragment as Criterion,
  Grade,
  HeadAppointmentDecision as Decision,
  MeetingProgressFieldsFragment as Progress,
  MeetingStatus,
  OfficialSummaryFragment as RoomOfficial,
  Panel,
  PersonnelOutcome as Outcome,
  Role,
  Satisfaction,
  UserSummaryFragment as RoomUser,
  VotingMode,
  WebhookDeliveryStatus,
} from '../gql/graphql';
export type { RatingDraft, Voter } from './voting';

/** A meeting with everything its show page and printouts need (representatives only for ADMIN and its CHAIR). */
export type MeetingRoom = NonNullable<MeetingRoomQuery['evaluationMeeting']>;
/** One person on the attendance roll (a code voter's code is never known). */
export type Attendee = NonNullable<MeetingAttendeesQuery['evaluationMeeting']>['attendees'][number];
/** One official's frozen result (null figures when below the minimum count). */
export type MeetingResult = NonNullable<MeetingResultsQuery['evaluationMeeting']>['results'][number];
/** What a voter rates: the meeting, its criteria and officials. */
export type BallotPaper = Omit<BallotQuery['ballot'], 'ratedOfficialIds'>;
/** An official as the voting screen shows them. */
export type BallotOfficial = BallotPaper['officials'][number];
/** One's own rating of one official, to show it as submitted and change it. */
export type OwnRating = OwnRatingsQuery['ratings']['nodes'][number];
/** An OPEN meeting listed for a signed-in representative. */
export type OpenMeeting = OpenMeetingsQuery['evaluationMeetings']['nodes'][number];
/** An official with their assessments across years (newest first) and their outcome. */
export type OfficialAssessments = NonNullable<OfficialAssessmentsQuery['official']>;
/** A district's year at a glance: grades by subdistrict and district totals. */
export type Overview = AssessmentOverviewQuery['assessmentOverview'];
/** One delivery of an event to a webhook subscription. */
export type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['nodes'][number];
