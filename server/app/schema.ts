import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { argumentNames } from '../core/errors';
import { createLocalPubSub, PingyiPubSub } from '../core/live';
import { describeRootTypes } from '../core/root-types';
import { modules } from './modules';
import type { AnyClass } from '../core/class';

/** Every resolver class of Pingyi, from the modules. */
export const resolvers = modules.flatMap((m) =>
  'resolvers' in m ? [...m.resolvers] : [],
) as unknown as NonEmptyArray<AnyClass>;

const built = new WeakMap<PingyiPubSub, Promise<GraphQLSchema>>();
let emitted: PingyiPubSub | undefined;

/**
 * Builds the GraphQL schema from the code (once per pub/sub, so per server): input validation on
 * (type-graphql#1397), `DateTime` in ISO 8601 UTC for `Date`. Also records which argument each
 * input class is passed as, so validation errors name `input.<field>`.
 */
export function getSchema(pubSub?: PingyiPubSub): Promise<GraphQLSchema> {
  const bus = pubSub ?? (emitted ??= createLocalPubSub());
  let schema = built.get(bus);
  if (!schema) {
    schema = build(bus);
    built.set(bus, schema);
  }
  return schema;
}

async function build(pubSub: PingyiPubSub): Promise<GraphQLSchema> {
  // Pingyi uses no type-graphql middlewares or auth checker (scope lives in the services), so a
  // plain property field needs no wrapper: GraphQL's default resolver reads it (BENCHMARKS.md, B2).
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  const schema = await buildSchema({
    resolvers,
    pubSub,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  for (const param of getMetadataStorage().params) {
    if (param.kind === 'arg') {
      const type = param.getType();
      if (typeof type === 'function') argumentNames.set(type, param.name);
    }
  }
  describeRootTypes(schema);
  return schema;
}
