import { defineModule, resolversReading, serviceOf } from '../core/module';
import { User } from './user.entity';
import { createUserLoaders } from './user.loaders';
import { UserResolver, type UserResolverContext } from './user.resolver';
import { UserService } from './user.service';

/**
 * Users, their roles and scopes (docs/rules.md, Roles and reach).
 */
export const userModule = defineModule({
  name: 'user',
  entities: [User],
  resolvers: resolversReading<UserResolverContext>(UserResolver),
  loaders: createUserLoaders,
  services: {
    users: serviceOf(UserService),
  },
});
