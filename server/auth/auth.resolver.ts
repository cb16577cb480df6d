import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/request-context';
import type { AuthService } from './auth.service';
import type { UserService } from '../user/user.service';
import { User } from '../user/user.entity';
import { loginFieldsIn } from './login-fields';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type AuthResolverContext = RequestContext<{ auth: AuthService; users: UserService }>;
type Context = AuthResolverContext;

@ObjectType({
  description: 'A successful sign-in: the token to send as `Authorization: Bearer <token>`, its expiry and the user.',
})
export class LoginPayload {
  @Field({ description: 'Signed token; send it as `Authorization: Bearer <token>` with every request.' })
  token: string;

  @Field({ description: 'When the token stops working (ISO 8601, UTC); sign in again after that.' })
  expiresAt: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Signs in (one `login` field per request: a second is BAD_USER_INPUT naming `login`). UNAUTHENTICATED for a wrong username or password, or with `retryAfterSeconds` ' +
      'when the account, or the address for wrong passwords, has reached its limit (README, Signing in).',
  })
  login(
    @Arg('username', {
      description:
        'The sign-in name; surrounding white space, full-width forms and upper case are read as the username they stand for (NFKC, trimmed, lower case).',
    })
    username: string,
    @Arg('password', { description: 'The password.' }) password: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.auth.login(username, password, loginFieldsIn(info));
  }

  @Mutation(() => Boolean, {
    description:
      'Signs out: the token of this request stops working at once (the others of the same user go on), or with `allDevices: true` every token of the user. ' +
      'Returns true. UNAUTHENTICATED without a live session; FORBIDDEN for a service token (revokeServiceToken ends those).',
  })
  signOut(
    @Arg('allDevices', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'true: end every session of the signed-in user (all devices), not only this one. Default false.',
    })
    allDevices: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.signOut(allDevices);
  }

  @Query(() => User, { description: 'The signed-in user. UNAUTHENTICATED without a valid token.' })
  me(@Ctx() ctx: Context) {
    return ctx.services.users.me();
  }
}
