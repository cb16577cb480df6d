import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { NodeService } from '../node/node.service';
import type { AttendanceService } from './attendance.service';
import type { InquiryService } from '../inquiry/inquiry.service';
import type { EvaluationMeetingService } from './evaluation-meeting.service';
import type { MeetingLifecycleService } from './meeting-lifecycle.service';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import type { RatingTemplateService } from '../rating-template/rating-template.service';
import type { RatingService } from '../rating/rating.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { UserService } from '../user/user.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Inquiry } from '../inquiry/inquiry.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Official } from '../official/official.entity';
import { MeetingResult } from '../rating/meeting-result.entity';
import { MeetingProgress } from '../rating/rating.types';
import { RatingTemplate } from '../rating-template/rating-template.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { User } from '../user/user.entity';
import { Attendee, CheckInPayload } from './attendance.types';
import { MeetingAttendance } from './meeting-attendance.entity';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import {
  CheckInInput,
  CreateEvaluationMeetingInput,
  EvaluationMeetingFilter,
  EvaluationMeetingOrder,
  MeetingPeopleInput,
  UpdateEvaluationMeetingInput,
} from './evaluation-meeting.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type EvaluationMeetingResolverContext = RequestContext<{
  nodes: NodeService;
  attendance: AttendanceService;
  inquiries: InquiryService;
  meetings: EvaluationMeetingService;
  meetingLifecycle: MeetingLifecycleService;
  neighborhoods: NeighborhoodService;
  ratingTemplates: RatingTemplateService;
  ratings: RatingService;
  subdistricts: SubdistrictService;
  users: UserService;
}>;
type Context = EvaluationMeetingResolverContext;

registerNode(EvaluationMeeting, (ctx: Context, id) => ctx.services.meetings.find(id));
// An entry of the roll is read through its meeting's roll (its chair and the ADMINs over it): node(id) reads it there.
registerNode(
  Attendee,
  async (ctx: Context, id) => {
    const row = await ctx.services.nodes.row(MeetingAttendance, id);
    const meeting = row ? await ctx.services.meetings.find(row.meetingId) : null;
    return meeting ? (await ctx.services.attendance.attendees(meeting)).find((a) => a.id === id) : null;
  },
  MeetingAttendance,
);

const EvaluationMeetingConnection = ConnectionType(EvaluationMeeting, 'evaluation meetings');
const ID_ARG = { description: "The meeting's id." };

@Resolver(() => EvaluationMeeting)
export class EvaluationMeetingResolver {
  @Query(() => EvaluationMeeting, {
    nullable: true,
    description: 'One meeting within your scope by id; null when there is none.',
  })
  evaluationMeeting(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return ctx.services.meetings.find(id);
  }

  @Query(() => EvaluationMeetingConnection, { description: 'A page of the evaluation meetings within your scope.' })
  evaluationMeetings(
    @Arg('filter', () => EvaluationMeetingFilter, { nullable: true, description: 'Which meetings to list.' })
    filter: EvaluationMeetingFilter | undefined,
    @Arg('orderBy', () => [EvaluationMeetingOrder], {
      nullable: true,
      description: 'Sort keys (default: newest year first, then title).',
    })
    orderBy: EvaluationMeetingOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.list(filter, orderBy, page);
  }

  @FieldResolver(() => Subdistrict, { description: 'The subdistrict holding the meeting.' })
  subdistrict(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.get(meeting.subdistrictId);
  }

  @FieldResolver(() => Neighborhood, {
    nullable: true,
    description: 'The neighborhood where it is held; null for a subdistrict-wide meeting.',
  })
  neighborhood(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return meeting.neighborhoodId ? ctx.services.neighborhoods.find(meeting.neighborhoodId) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'The chair; null until assigned. A user record: FORBIDDEN to service tokens, whatever their scopes (they read no user data).',
  })
  chair(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return meeting.chairId ? ctx.services.users.find(meeting.chairId) : null;
  }

  @FieldResolver(() => RatingTemplate, { description: 'The rating template its ratings use.' })
  template(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.ratingTemplates.get(meeting.templateId);
  }

  @FieldResolver(() => [Official], {
    description: 'The officials under evaluation, in pinyin order of their names (docs/rules.md rule 15).',
  })
  officials(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.officials(meeting);
  }

  @FieldResolver(() => [User], {
    description:
      'The registered representatives, by the pinyin of their names (docs/rules.md rule 15): for an ADMIN over the meeting and for its chair; FORBIDDEN for everyone else, another CHAIR included.',
  })
  representatives(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.representatives(meeting);
  }

  @FieldResolver(() => [MeetingResult], {
    description:
      'Per official, the frozen result (docs/rules.md rule 6); empty until the meeting is CLOSED. Below the minimum count only the count is shown (rule 7).',
  })
  results(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.results(meeting);
  }

  @FieldResolver(() => [Inquiry], {
    description: 'The inquiries put to officials at this meeting (docs/rules.md rule 8), in the order asked.',
  })
  inquiries(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.inquiries.ofMeeting(meeting.id);
  }

  @FieldResolver(() => MeetingProgress, {
    description:
      'Ratings received so far per official, attendees present and ballot codes issued, used and voided by whom (counts only; docs/rules.md rule 7). FORBIDDEN before the meeting is CLOSED for anyone but its chair and the ADMINs over it.',
  })
  progress(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.ratings.progress(meeting);
  }

  @FieldResolver(() => [Attendee], {
    description:
      'The attendance roll by name: who is present and votes by account or by code, never which code (docs/rules.md rule 7). Its chair and the ADMINs over it only; FORBIDDEN for others.',
  })
  attendees(@Root() meeting: EvaluationMeeting, @Ctx() ctx: Context) {
    return ctx.services.attendance.attendees(meeting);
  }

  @Mutation(() => CheckInPayload, {
    description:
      'Checks people in at a DRAFT or OPEN meeting (its chair or an ADMIN; docs/rules.md rule 7): as account voters, or as code voters who each get a one-time ballot code, returned only here. BAD_USER_INPUT on input.userIds or input.names; CONFLICT for a person already checked in as a code voter, or an account voter who would also get a code.',
  })
  checkInAttendees(
    @Arg('input', () => CheckInInput, { description: 'The meeting, the mode and the people.' }) input: CheckInInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.attendance.checkIn(input);
  }

  @Mutation(() => EvaluationMeeting, {
    description: 'Schedules a DRAFT meeting (ADMIN). BAD_USER_INPUT naming the field, FORBIDDEN outside your scope.',
  })
  createEvaluationMeeting(
    @Arg('input', () => CreateEvaluationMeetingInput, { description: 'The new meeting.' })
    input: CreateEvaluationMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.create(input);
  }

  @Mutation(() => EvaluationMeeting, { description: 'Changes a DRAFT meeting (ADMIN). CONFLICT once it is open.' })
  updateEvaluationMeeting(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('input', () => UpdateEvaluationMeetingInput, { description: 'The changes.' })
    input: UpdateEvaluationMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.update(id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a DRAFT meeting (ADMIN) and returns its id. CONFLICT once it has been opened.',
  })
  deleteEvaluationMeeting(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return ctx.services.meetings.remove(id);
  }

  @Mutation(() => EvaluationMeeting, {
    description:
      'Registers REPRESENTATIVE users of the subdistrict for a DRAFT or OPEN meeting (its chair or an ADMIN). CONFLICT on input.ids for a user checked in there as a code voter.',
  })
  registerRepresentatives(
    @Arg('input', () => MeetingPeopleInput, { description: 'The meeting and the users.' }) input: MeetingPeopleInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.attendance.registerRepresentatives(input);
  }

  @Mutation(() => EvaluationMeeting, {
    description: 'Removes representatives from a DRAFT meeting (its chair or an ADMIN).',
  })
  unregisterRepresentatives(
    @Arg('input', () => MeetingPeopleInput, { description: 'The meeting and the users.' }) input: MeetingPeopleInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.attendance.unregisterRepresentatives(input);
  }

  @Mutation(() => EvaluationMeeting, {
    description: 'Puts officials of the subdistrict under evaluation at a DRAFT meeting (ADMIN).',
  })
  addMeetingOfficials(
    @Arg('input', () => MeetingPeopleInput, { description: 'The meeting and the officials.' })
    input: MeetingPeopleInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.addOfficials(input);
  }

  @Mutation(() => EvaluationMeeting, { description: 'Takes officials off a DRAFT meeting (ADMIN).' })
  removeMeetingOfficials(
    @Arg('input', () => MeetingPeopleInput, { description: 'The meeting and the officials.' })
    input: MeetingPeopleInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.removeOfficials(input);
  }

  @Mutation(() => EvaluationMeeting, {
    description:
      'Opens a DRAFT meeting for rating (its chair or an ADMIN). CONFLICT unless DRAFT with at least one official.',
  })
  openMeeting(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return ctx.services.meetingLifecycle.open(id);
  }

  @Mutation(() => EvaluationMeeting, {
    description:
      'Closes an OPEN meeting for good, freezing every result in the same transaction (its chair or an ADMIN). CONFLICT unless OPEN.',
  })
  closeMeeting(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return ctx.services.meetingLifecycle.close(id);
  }
}
