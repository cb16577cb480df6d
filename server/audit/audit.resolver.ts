import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { NodeService } from '../node/node.service';
import type { AuditService } from './audit.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { AuditEvent } from './audit-event.entity';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type AuditResolverContext = RequestContext<{ nodes: NodeService; audit: AuditService }>;
type Context = AuditResolverContext;

// An entry is read in its record's history (an ADMIN or ASSESSOR who sees the record): node(id) checks the same.
registerNode(AuditEvent, async (ctx: Context, id) => {
  const row = await ctx.services.nodes.row(AuditEvent, id);
  if (!row) return null;
  await ctx.services.audit.history(row.entityType, row.entityId, { first: 0 });
  return row;
});

const AuditEventConnection = ConnectionType(AuditEvent, 'audit entries');

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      'The audit history of one record within your scope, newest first (ADMIN or ASSESSOR). Entries about ballots never name their author.',
  })
  auditEvents(
    @Arg('entityType', {
      description:
        "EvaluationMeeting, RatingTemplate, ResponsibilityItem, SelfReport, Inquiry, HeadAppointment, AccountabilityCase, User (password resets by an ADMIN, role and scope changes), Matter (whose entries are views of its reporter's personal data; its changes are its own timeline), or a self-governance record: WorksProject, Hearing, Mediation, Petition, Building, BuildingConvention or ConventionBreach (docs/rules.md rule 14).",
    })
    entityType: string,
    @Arg('entityId', () => ID, { description: 'Id of the record.' }) entityId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audit.history(entityType, entityId, page);
  }
}
