import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { ResponsibilityItemService } from './responsibility.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Official } from '../official/official.entity';
import { ResponsibilityItem } from './responsibility.entity';
import {
  CreateResponsibilityItemInput,
  ResponsibilityItemFilter,
  ResponsibilityItemOrder,
  UpdateResponsibilityItemInput,
} from './responsibility.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type ResponsibilityResolverContext = RequestContext<{
  officials: OfficialService;
  responsibilityItems: ResponsibilityItemService;
}>;
type Context = ResponsibilityResolverContext;

registerNode(ResponsibilityItem, (ctx: Context, id) => ctx.services.responsibilityItems.find(id));

const ResponsibilityItemConnection = ConnectionType(ResponsibilityItem, 'responsibility items');

/** Responsibility lists (责任清单, docs/rules.md rule 8): lookups, lists and edits. */
@Resolver(() => ResponsibilityItem)
export class ResponsibilityItemResolver {
  @Query(() => ResponsibilityItem, {
    nullable: true,
    description: 'One line of a responsibility list by id; null when there is none.',
  })
  responsibilityItem(@Arg('id', () => ID, { description: "The item's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.responsibilityItems.find(id);
  }

  @Query(() => ResponsibilityItemConnection, {
    description: "A page of responsibility-list lines (责任清单) of the officials in the caller's scope.",
  })
  responsibilityItems(
    @Arg('filter', () => ResponsibilityItemFilter, { nullable: true, description: 'Which items to list.' })
    filter: ResponsibilityItemFilter | undefined,
    @Arg('orderBy', () => [ResponsibilityItemOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by year, then position).',
    })
    orderBy: ResponsibilityItemOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.responsibilityItems.list(filter, orderBy, page);
  }

  @FieldResolver(() => Official, { description: 'The official whose list this line is on.' })
  official(@Root() item: ResponsibilityItem, @Ctx() ctx: Context) {
    return ctx.services.officials.get(item.officialId);
  }

  @Mutation(() => ResponsibilityItem, {
    description:
      "Adds a line to an official's responsibility list for a year (ADMIN in scope). BAD_USER_INPUT naming the field; FORBIDDEN.",
  })
  createResponsibilityItem(
    @Arg('input', () => CreateResponsibilityItemInput, { description: 'The new line.' })
    input: CreateResponsibilityItemInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.responsibilityItems.create(input);
  }

  @Mutation(() => ResponsibilityItem, {
    description:
      'Rewords a line, changes its kind or moves it within its list (ADMIN in scope). NOT_FOUND, BAD_USER_INPUT, FORBIDDEN.',
  })
  updateResponsibilityItem(
    @Arg('id', () => ID, { description: "The item's id." }) id: string,
    @Arg('input', () => UpdateResponsibilityItemInput, { description: 'The changes.' })
    input: UpdateResponsibilityItemInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.responsibilityItems.update(id, input);
  }

  @Mutation(() => ID, {
    description:
      "Deletes a line (ADMIN in scope) and returns its id; a self-report's answer to it goes with it. NOT_FOUND, FORBIDDEN.",
  })
  deleteResponsibilityItem(@Arg('id', () => ID, { description: "The item's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.responsibilityItems.remove(id);
  }
}

/** `Official.responsibilityItems`: an official's list for one year, through a grouped loader. */
@Resolver(() => Official)
export class OfficialResponsibilityResolver {
  @FieldResolver(() => [ResponsibilityItem], {
    description: "The official's responsibility list (责任清单) for a year, by position; empty when there is none.",
  })
  responsibilityItems(
    @Root() official: Official,
    @Arg('year', () => Int, { description: 'The year of the list, e.g. 2026.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.responsibilityItems.ofOfficial(official.id, year);
  }
}
