import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { User } from '../user/user.entity';

@ObjectType({ description: 'A successful sign-in: the token to send as `Authorization: Bearer <token>`, its expiry and the user.' })
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
    description: 'Signs in. UNAUTHENTICATED for a wrong username or password, or (with `retryAfterSeconds`) after too many attempts from one address.',
  })
  login(
    @Arg('username', { description: 'The sign-in name.' }) username: string,
    @Arg('password', { description: 'The password.' }) password: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.login(username, password);
  }

  @Query(() => User, { description: 'The signed-in user. UNAUTHENTICATED without a valid token.' })
  me(@Ctx() ctx: Context) {
    return ctx.services.users.me();
  }
}
