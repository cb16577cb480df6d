import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { RatingTemplateService } from './rating-template.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { RatingTemplate } from './rating-template.entity';
import { CreateRatingTemplateInput, UpdateRatingTemplateInput } from './rating-template.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type RatingTemplateResolverContext = RequestContext<{ ratingTemplates: RatingTemplateService }>;
type Context = RatingTemplateResolverContext;

registerNode(RatingTemplate, (ctx: Context, id) => ctx.services.ratingTemplates.find(id));

const RatingTemplateConnection = ConnectionType(RatingTemplate, 'rating templates');

@Resolver(() => RatingTemplate)
export class RatingTemplateResolver {
  @Query(() => RatingTemplate, {
    nullable: true,
    description: 'One rating template of your district by id; null when there is none.',
  })
  ratingTemplate(@Arg('id', () => ID, { description: "The template's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.ratingTemplates.find(id);
  }

  @Query(() => RatingTemplateConnection, { description: 'A page of the rating templates of your district, by name.' })
  ratingTemplates(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.ratingTemplates.list(page);
  }

  @Mutation(() => RatingTemplate, {
    description:
      'Creates a rating template (district ADMIN). BAD_USER_INPUT on input.criteria unless the weights sum to 100 with unique keys; CONFLICT for a taken name.',
  })
  createRatingTemplate(
    @Arg('input', () => CreateRatingTemplateInput, { description: 'The new template.' })
    input: CreateRatingTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ratingTemplates.create(input);
  }

  @Mutation(() => RatingTemplate, {
    description: 'Changes a template. CONFLICT when changing the criteria of a template a meeting uses.',
  })
  updateRatingTemplate(
    @Arg('id', () => ID, { description: "The template's id." }) id: string,
    @Arg('input', () => UpdateRatingTemplateInput, { description: 'The changes.' }) input: UpdateRatingTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ratingTemplates.update(id, input);
  }
}
