import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../core/errors';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { OfficialSyncService } from './official-sync.service';
import type { ServiceTokenService } from './service-token.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import {
  CreatedServiceToken,
  CreateServiceTokenInput,
  ServiceTokenFilter,
  UpsertOfficialInput,
  UpsertOfficialsResult,
} from './integration.inputs';
import { ServiceToken } from './service-token.entity';
import { integrationReasons } from './reasons';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type IntegrationResolverContext = RequestContext<{
  officialSync: OfficialSyncService;
  serviceTokens: ServiceTokenService;
}>;
type Context = IntegrationResolverContext;

registerNode(ServiceToken, (ctx: Context, id) => ctx.services.serviceTokens.find(id));

const ServiceTokenConnection = ConnectionType(ServiceToken, 'service tokens');

@Resolver(() => ServiceToken)
export class IntegrationResolver {
  @Query(() => ServiceToken, {
    nullable: true,
    description: 'One service token of your district by id (ADMIN of the whole district); null when there is none.',
  })
  serviceToken(@Arg('id', () => ID, { description: "The token's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.serviceTokens.find(id);
  }

  @Query(() => ServiceTokenConnection, {
    description:
      'A page of the service tokens of your district, newest first (ADMIN of the whole district). Never the token strings.',
  })
  serviceTokens(
    @Arg('filter', () => ServiceTokenFilter, { nullable: true, description: 'Which tokens to list.' })
    filter: ServiceTokenFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.serviceTokens.list(filter, page);
  }

  @Mutation(() => CreatedServiceToken, {
    description:
      'Creates a service token for a district system (ADMIN of that whole district) and returns the token string this once. BAD_USER_INPUT on input.expiresAt unless within a year.',
  })
  createServiceToken(
    @Arg('input', () => CreateServiceTokenInput, { description: 'The new token.' }) input: CreateServiceTokenInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.serviceTokens.create(input);
  }

  @Mutation(() => ServiceToken, {
    description: 'Revokes a service token; it stops working at once. NOT_FOUND, FORBIDDEN.',
  })
  revokeServiceToken(@Arg('id', () => ID, { description: "The token's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.serviceTokens.revoke(id);
  }

  @Mutation(() => UpsertOfficialsResult, {
    description:
      'Inserts or updates up to 1,000 officials by externalId, all in one transaction (a service token with officials:write, or an ADMIN). ' +
      'A bad row fails the whole call with BAD_USER_INPUT whose extensions.errors lists every bad row as { index, field, message }; the same batch twice changes nothing. At most one upsertOfficials field per operation (BAD_USER_INPUT otherwise).',
  })
  upsertOfficials(
    // Rows are checked by the service, which reports every bad row rather than the first.
    @Arg('input', () => [UpsertOfficialInput], { validate: false, description: 'The officials, at most 1,000.' })
    input: UpsertOfficialInput[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (countRootFields(info.operation.selectionSet, info, 'upsertOfficials') > 1) {
      throw new BadUserInputError(integrationReasons.oneUpsertPerOperation(), 'input');
    }
    return ctx.services.officialSync.upsert(input);
  }
}

/** How many root fields named `name` an operation selects, through aliases, inline fragments and fragment spreads. */
function countRootFields(
  set: SelectionSetNode,
  info: GraphQLResolveInfo,
  name: string,
  seen = new Set<string>(),
): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') count += selection.name.value === name ? 1 : 0;
    else if (selection.kind === 'InlineFragment') count += countRootFields(selection.selectionSet, info, name, seen);
    else if (!seen.has(selection.name.value) && info.fragments[selection.name.value]) {
      seen.add(selection.name.value);
      count += countRootFields(info.fragments[selection.name.value].selectionSet, info, name, seen);
    }
  }
  return count;
}
