import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionType, PageArgs } from '../core/pagination';
import { AuditEvent } from './audit-event.entity';

const AuditEventConnection = ConnectionType(AuditEvent, 'audit entries');

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit history of one record within your scope, newest first (ADMIN or ASSESSOR). Entries about ballots never name their author.',
  })
  auditEvents(
    @Arg('entityType', { description: 'EvaluationMeeting, RatingTemplate, ResponsibilityItem, SelfReport, Inquiry, HeadAppointment, AccountabilityCase, User (password resets by an ADMIN, role and scope changes) or Matter (whose entries are views of its reporter\'s personal data; its changes are its own timeline).' }) entityType: string,
    @Arg('entityId', () => ID, { description: 'Id of the record.' }) entityId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audit.history(entityType, entityId, page);
  }
}
