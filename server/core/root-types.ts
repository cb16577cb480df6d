import type { GraphQLSchema } from 'graphql';

/** What each root type offers, for clients and schema linters (type-graphql has no place to say it). */
const ROOT_DESCRIPTIONS = {
  query:
    "Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone.",
  mutation:
    'Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field.',
  subscription:
    "Live updates over graphql-ws at /graphql (send the token in the connection payload): a meeting's progress while it runs.",
} as const;

/**
 * Gives the schema's root types (Query, Mutation, Subscription) their descriptions, in place,
 * right after the schema is built, so the emitted schema.graphql and introspection carry them.
 * Returns the same schema.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const roots = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  for (const [kind, type] of Object.entries(roots)) {
    if (type && !type.description) type.description = ROOT_DESCRIPTIONS[kind as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}
