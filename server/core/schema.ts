import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { DistrictResolver } from '../district/district.resolver';
import { SubdistrictResolver } from '../subdistrict/subdistrict.resolver';
import { NeighborhoodResolver } from '../neighborhood/neighborhood.resolver';
import { OfficeResolver } from '../office/office.resolver';
import { DepartmentResolver } from '../department/department.resolver';
import { DispatchedAgencyResolver } from '../dispatched-agency/dispatched-agency.resolver';
import { OfficialResolver } from '../official/official.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { UserResolver } from '../user/user.resolver';
import { argumentNames } from './errors';

/** Every resolver class of Pingyi. */
export const resolvers: NonEmptyArray<Function> = [
  DistrictResolver,
  SubdistrictResolver,
  NeighborhoodResolver,
  OfficeResolver,
  DepartmentResolver,
  DispatchedAgencyResolver,
  OfficialResolver,
  AuthResolver,
  UserResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/**
 * Builds the GraphQL schema from the code (once per process): input validation on
 * (type-graphql#1397), `DateTime` in ISO 8601 UTC for `Date`. Also records which argument each
 * input class is passed as, so validation errors name `input.<field>`.
 */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    const schema = await buildSchema({
      resolvers,
      validate: { forbidUnknownValues: false, stopAtFirstError: true },
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    });
    for (const param of getMetadataStorage().params) {
      if (param.kind === 'arg') {
        const type = param.getType();
        if (typeof type === 'function') argumentNames.set(type, param.name);
      }
    }
    return schema;
  })();
  return built;
}
