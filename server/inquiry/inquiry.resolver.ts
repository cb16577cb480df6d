import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { InquiryService } from './inquiry.service';
import type { EvaluationMeetingService } from '../evaluation-meeting/evaluation-meeting.service';
import type { OfficialService } from '../official/official.service';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Official } from '../official/official.entity';
import { Inquiry } from './inquiry.entity';
import { CreateInquiryInput, InquiryFilter, InquiryOrder, UpdateInquiryInput } from './inquiry.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type InquiryResolverContext = RequestContext<{
  inquiries: InquiryService;
  meetings: EvaluationMeetingService;
  officials: OfficialService;
}>;
type Context = InquiryResolverContext;

registerNode(Inquiry, (ctx: Context, id) => ctx.services.inquiries.find(id));

const InquiryConnection = ConnectionType(Inquiry, 'inquiries');

/** Inquiries (问责, docs/rules.md rule 8): lookups, lists and edits. */
@Resolver(() => Inquiry)
export class InquiryResolver {
  @Query(() => Inquiry, { nullable: true, description: 'One inquiry by id; null when there is none.' })
  inquiry(@Arg('id', () => ID, { description: "The inquiry's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.inquiries.find(id);
  }

  @Query(() => InquiryConnection, {
    description: "A page of inquiries (问责) put to the officials in the caller's scope.",
  })
  inquiries(
    @Arg('filter', () => InquiryFilter, {
      nullable: true,
      description: "Which inquiries to list, e.g. one meeting's or one official's.",
    })
    filter: InquiryFilter | undefined,
    @Arg('orderBy', () => [InquiryOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: in the order recorded).',
    })
    orderBy: InquiryOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.inquiries.list(filter, orderBy, page);
  }

  @FieldResolver(() => Official, { description: 'The official asked.' })
  official(@Root() inquiry: Inquiry, @Ctx() ctx: Context) {
    return ctx.services.officials.get(inquiry.officialId);
  }

  @FieldResolver(() => EvaluationMeeting, { description: 'The meeting at which it was asked.' })
  meeting(@Root() inquiry: Inquiry, @Ctx() ctx: Context) {
    return ctx.services.meetings.get(inquiry.meetingId);
  }

  @Mutation(() => Inquiry, {
    description:
      'Records an inquiry at a meeting (its chair or an ADMIN in scope). BAD_USER_INPUT naming the field (e.g. an official not under evaluation there); FORBIDDEN; CONFLICT once the meeting is closed.',
  })
  createInquiry(
    @Arg('input', () => CreateInquiryInput, { description: 'The inquiry.' }) input: CreateInquiryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.inquiries.create(input);
  }

  @Mutation(() => Inquiry, {
    description:
      "Changes an inquiry, e.g. records the answer (the meeting's chair or an ADMIN in scope). NOT_FOUND, BAD_USER_INPUT, FORBIDDEN; CONFLICT once the meeting is closed.",
  })
  updateInquiry(
    @Arg('id', () => ID, { description: "The inquiry's id." }) id: string,
    @Arg('input', () => UpdateInquiryInput, { description: 'The changes.' }) input: UpdateInquiryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.inquiries.update(id, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes an inquiry recorded by mistake and returns its id. NOT_FOUND, FORBIDDEN; CONFLICT once the meeting is closed.',
  })
  deleteInquiry(@Arg('id', () => ID, { description: "The inquiry's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.inquiries.remove(id);
  }
}
