import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { OfficeService } from './office.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Office } from './office.entity';
import { CreateOfficeInput, OfficeFilter, OfficeOrder, UpdateOfficeInput } from './office.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type OfficeResolverContext = RequestContext<{ offices: OfficeService; subdistricts: SubdistrictService }>;
type Context = OfficeResolverContext;

registerNode(Office, (ctx: Context, id) => ctx.services.offices.find(id));

const OfficeConnection = ConnectionType(Office, 'offices');

@Resolver(() => Office)
export class OfficeResolver {
  @Query(() => Office, { nullable: true, description: 'One office by id; null when there is none.' })
  office(@Arg('id', () => ID, { description: "The office's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.offices.find(id);
  }

  @Query(() => OfficeConnection, { description: 'A page of subdistrict offices (内设机构).' })
  offices(
    @Arg('filter', () => OfficeFilter, { nullable: true, description: 'Which offices to list.' })
    filter: OfficeFilter | undefined,
    @Arg('orderBy', () => [OfficeOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by kind, then name).',
    })
    orderBy: OfficeOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.offices.list(filter, orderBy, page);
  }

  @FieldResolver(() => Subdistrict, { description: 'The subdistrict the office belongs to.' })
  subdistrict(@Root() office: Office, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.get(office.subdistrictId);
  }

  @Mutation(() => Office, {
    description:
      'Creates an office (docs/rules.md rule 1). BAD_USER_INPUT on input.kind for a second office of a standard kind or a third SELF_DESIGNATED one; on input.duties for a duty another office owns; CONFLICT for a taken name.',
  })
  createOffice(
    @Arg('input', () => CreateOfficeInput, { description: 'The new office.' }) input: CreateOfficeInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.offices.create(input);
  }

  @Mutation(() => Office, {
    description: 'Renames an office or replaces its duties. NOT_FOUND, BAD_USER_INPUT or CONFLICT.',
  })
  updateOffice(
    @Arg('id', () => ID, { description: "The office's id." }) id: string,
    @Arg('input', () => UpdateOfficeInput, { description: 'The changes.' }) input: UpdateOfficeInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.offices.update(id, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a self-designated work body and returns its id. NOT_FOUND; BAD_USER_INPUT for a standard office; CONFLICT while officials belong to it.',
  })
  deleteOffice(@Arg('id', () => ID, { description: "The office's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.offices.remove(id);
  }
}
