import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import type { HeadAppointmentService } from './head-appointment.service';
import type { OfficialService } from '../official/official.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Official } from '../official/official.entity';
import { HeadAppointmentDecision } from './head-appointment-status';
import { HeadAppointment } from './head-appointment.entity';
import { HeadAppointmentFilter, HeadAppointmentOrder, ProposeHeadAppointmentInput } from './head-appointment.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type HeadAppointmentResolverContext = RequestContext<{
  agencies: DispatchedAgencyService;
  headAppointments: HeadAppointmentService;
  officials: OfficialService;
}>;
type Context = HeadAppointmentResolverContext;

registerNode(HeadAppointment, (ctx: Context, id) => ctx.services.headAppointments.find(id));

const HeadAppointmentConnection = ConnectionType(HeadAppointment, 'agency-head appointments');

/** Agency-head appointments (征得同意权, docs/rules.md rule 2): lookups, lists, proposal and decision. */
@Resolver(() => HeadAppointment)
export class HeadAppointmentResolver {
  @Query(() => HeadAppointment, {
    nullable: true,
    description: 'One agency-head appointment by id; null when there is none.',
  })
  headAppointment(@Arg('id', () => ID, { description: "The appointment's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.headAppointments.find(id);
  }

  @Query(() => HeadAppointmentConnection, {
    description: "A page of agency-head appointments (征得同意权) in the caller's scope.",
  })
  headAppointments(
    @Arg('filter', () => HeadAppointmentFilter, {
      nullable: true,
      description: "Which appointments to list, e.g. one agency's or those still PROPOSED.",
    })
    filter: HeadAppointmentFilter | undefined,
    @Arg('orderBy', () => [HeadAppointmentOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: latest proposal first).',
    })
    orderBy: HeadAppointmentOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.headAppointments.list(filter, orderBy, page);
  }

  @FieldResolver(() => DispatchedAgency, { description: 'The agency whose head is appointed.' })
  agency(@Root() appointment: HeadAppointment, @Ctx() ctx: Context) {
    return ctx.services.agencies.get(appointment.agencyId);
  }

  @FieldResolver(() => Official, { description: 'The candidate.' })
  official(@Root() appointment: HeadAppointment, @Ctx() ctx: Context) {
    return ctx.services.officials.get(appointment.officialId);
  }

  @Mutation(() => HeadAppointment, {
    description:
      "The district department proposes an agency's head (an ADMIN whose scope is the whole district). BAD_USER_INPUT naming the field (e.g. a candidate who is not an AGENCY_HEAD of the agency); FORBIDDEN; CONFLICT while another proposal waits.",
  })
  proposeHeadAppointment(
    @Arg('input', () => ProposeHeadAppointmentInput, { description: 'The agency and the candidate.' })
    input: ProposeHeadAppointmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.headAppointments.propose(input);
  }

  @Mutation(() => HeadAppointment, {
    description:
      "The party working committee consents to or refuses a proposed head (an ADMIN of the agency's subdistrict or district). Consent makes the official head and ends the previous head's term that day. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on reason; CONFLICT when already decided.",
  })
  decideHeadAppointment(
    @Arg('id', () => ID, { description: "The appointment's id." }) id: string,
    @Arg('decision', () => HeadAppointmentDecision, { description: 'CONSENTED or REFUSED.' })
    decision: HeadAppointmentDecision,
    @Arg('reason', () => String, { nullable: true, description: 'Why; required for REFUSED, at most 1000 characters.' })
    reason: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.headAppointments.decide(id, decision, reason);
  }
}

/** `DispatchedAgency.head` and `DispatchedAgency.headHistory`, through per-request loaders. */
@Resolver(() => DispatchedAgency)
export class AgencyHeadResolver {
  @FieldResolver(() => Official, {
    nullable: true,
    description:
      'The current head: the official of the consented appointment whose term lasts; null when none has been consented (docs/rules.md rule 2).',
  })
  head(@Root() agency: DispatchedAgency, @Ctx() ctx: Context) {
    return ctx.services.headAppointments.headOf(agency.id);
  }

  @FieldResolver(() => [HeadAppointment], {
    description:
      "The consented appointments of the agency's heads, earliest term first; the last one without endsOn is the current head.",
  })
  headHistory(@Root() agency: DispatchedAgency, @Ctx() ctx: Context) {
    return ctx.services.headAppointments.historyOf(agency.id);
  }
}

/** `Official.appointments`. */
@Resolver(() => Official)
export class OfficialAppointmentResolver {
  @FieldResolver(() => [HeadAppointment], {
    description: "The official's appointments as an agency head, whatever their status, in the order proposed.",
  })
  appointments(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.services.headAppointments.ofOfficial(official.id);
  }
}
