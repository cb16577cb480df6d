import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { UserService } from './user.service';
import type { OfficialService } from '../official/official.service';
import { Official } from '../official/official.entity';
import { ConnectionType, PageArgs } from '../core/pagination';
import { District } from '../district/district.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrder } from './user.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type UserResolverContext = RequestContext<{
  districts: DistrictService;
  subdistricts: SubdistrictService;
  users: UserService;
  officials: OfficialService;
}>;
type Context = UserResolverContext;

registerNode(User, (ctx: Context, id) => ctx.services.users.find(id));

const UserConnection = ConnectionType(User, 'users');

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'One user within your scope by id; null when there is none.' })
  user(@Arg('id', () => ID, { description: "The user's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.find(id);
  }

  @Query(() => UserConnection, { description: 'A page of the users within your scope (ADMIN only).' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users to list.' })
    filter: UserFilter | undefined,
    @Arg('orderBy', () => [UserOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by username).',
    })
    orderBy: UserOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.list(filter, orderBy, page);
  }

  @FieldResolver(() => District, { description: "The district of the user's scope." })
  district(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.services.districts.get(user.districtId);
  }

  @FieldResolver(() => Subdistrict, {
    nullable: true,
    description: "The subdistrict of the user's scope; null for a whole district.",
  })
  subdistrict(@Root() user: User, @Ctx() ctx: Context) {
    return user.subdistrictId ? ctx.services.subdistricts.find(user.subdistrictId) : null;
  }

  @FieldResolver(() => Official, {
    nullable: true,
    description:
      'For an OFFICIAL user, the official they are: their own page (我的评议) reads their assessments, self-reports and, through the meetings, their published results from here. Null for other roles, for a user linked to no official, or when the official lies outside your scope.',
  })
  official(@Root() user: User, @Ctx() ctx: Context) {
    return user.officialId ? ctx.services.officials.find(user.officialId) : null;
  }

  @Mutation(() => User, {
    description: 'Creates a user within your scope (ADMIN). BAD_USER_INPUT, FORBIDDEN, CONFLICT (username taken).',
  })
  createUser(
    @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.create(input);
  }

  @Mutation(() => User, {
    description: "Changes your own or (ADMIN) a user's display name or password. NOT_FOUND, FORBIDDEN.",
  })
  updateUser(
    @Arg('id', () => ID, { description: "The user's id." }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.update(id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a user within your scope (ADMIN, not yourself) and returns the id. NOT_FOUND, FORBIDDEN.',
  })
  deleteUser(@Arg('id', () => ID, { description: "The user's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.remove(id);
  }
}
