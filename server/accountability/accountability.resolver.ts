import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { AccountabilityCaseService } from './accountability.service';
import type { OfficialService } from '../official/official.service';
import type { ResponsibilityItemService } from '../responsibility/responsibility.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Official } from '../official/official.entity';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { AccountabilityCase } from './accountability.entity';
import {
  AccountabilityCaseFilter,
  AccountabilityCaseOrder,
  ConcludeAccountabilityCaseInput,
  CreateAccountabilityCaseInput,
  UpdateAccountabilityCaseInput,
} from './accountability.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type AccountabilityResolverContext = RequestContext<{
  accountability: AccountabilityCaseService;
  officials: OfficialService;
  responsibilityItems: ResponsibilityItemService;
}>;
type Context = AccountabilityResolverContext;

registerNode(AccountabilityCase, (ctx: Context, id) => ctx.services.accountability.find(id));

const AccountabilityCaseConnection = ConnectionType(AccountabilityCase, 'accountability cases');

/** Accountability cases (责任追究, docs/rules.md rule 9): lookups, lists, edits and the conclusion. */
@Resolver(() => AccountabilityCase)
export class AccountabilityCaseResolver {
  @Query(() => AccountabilityCase, {
    nullable: true,
    description: 'One accountability case by id (ASSESSOR or ADMIN in scope); null when there is none.',
  })
  accountabilityCase(@Arg('id', () => ID, { description: "The case's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.accountability.find(id);
  }

  @Query(() => AccountabilityCaseConnection, {
    description:
      "A page of accountability cases (责任追究) of the officials in the caller's scope; empty for roles other than ASSESSOR and ADMIN.",
  })
  accountabilityCases(
    @Arg('filter', () => AccountabilityCaseFilter, { nullable: true, description: 'Which cases to list.' })
    filter: AccountabilityCaseFilter | undefined,
    @Arg('orderBy', () => [AccountabilityCaseOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: latest opened first).',
    })
    orderBy: AccountabilityCaseOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accountability.list(filter, orderBy, page);
  }

  @FieldResolver(() => Official, { description: 'The official concerned.' })
  official(@Root() accountabilityCase: AccountabilityCase, @Ctx() ctx: Context) {
    return ctx.services.officials.get(accountabilityCase.officialId);
  }

  @FieldResolver(() => ResponsibilityItem, {
    nullable: true,
    description: 'The red-line item the case is about; null when none.',
  })
  responsibilityItem(@Root() accountabilityCase: AccountabilityCase, @Ctx() ctx: Context) {
    return accountabilityCase.responsibilityItemId
      ? ctx.services.responsibilityItems.find(accountabilityCase.responsibilityItemId)
      : null;
  }

  @Mutation(() => AccountabilityCase, {
    description:
      'Opens an accountability case (ASSESSOR or ADMIN in scope). BAD_USER_INPUT naming the field; FORBIDDEN.',
  })
  createAccountabilityCase(
    @Arg('input', () => CreateAccountabilityCaseInput, { description: 'The new case.' })
    input: CreateAccountabilityCaseInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accountability.create(input);
  }

  @Mutation(() => AccountabilityCase, {
    description:
      'Changes an OPEN accountability case (ASSESSOR or ADMIN in scope). NOT_FOUND, BAD_USER_INPUT, FORBIDDEN; CONFLICT once concluded.',
  })
  updateAccountabilityCase(
    @Arg('id', () => ID, { description: "The case's id." }) id: string,
    @Arg('input', () => UpdateAccountabilityCaseInput, { description: 'The changes.' })
    input: UpdateAccountabilityCaseInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accountability.update(id, input);
  }

  @Mutation(() => AccountabilityCase, {
    description:
      'Concludes an accountability case for good, with a written conclusion and whether a red-line breach was confirmed (ASSESSOR or ADMIN in scope). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.conclusion; CONFLICT when already concluded.',
  })
  concludeAccountabilityCase(
    @Arg('id', () => ID, { description: "The case's id." }) id: string,
    @Arg('input', () => ConcludeAccountabilityCaseInput, { description: 'The conclusion.' })
    input: ConcludeAccountabilityCaseInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accountability.conclude(id, input);
  }
}

/** `Official.redLineBreaches`, through a per-request loader. */
@Resolver(() => Official)
export class OfficialAccountabilityResolver {
  @FieldResolver(() => [Int], {
    description:
      "The years in which a concluded accountability case confirmed a red-line breach, ascending; those years' assessments are marked redLineBreached (docs/rules.md rule 9).",
  })
  redLineBreaches(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.services.accountability.breachedYearsOf(official.id);
  }
}
