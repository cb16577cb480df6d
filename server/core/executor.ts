import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  defaultFieldResolver,
  execute,
  GraphQLError,
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputObjectType,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { logger } from './logger';

/** How many compiled operations are kept (least recently used dropped first). */
export const COMPILED_OPERATIONS_KEPT = 500;

/** Apollo Server's gateway interface: where a custom executor plugs into Apollo Server 5. */
type Gateway = NonNullable<ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway']>;
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** What the executor did with one operation, for tests and the logs. */
export type ExecutionPath = 'compiled' | 'graphql-js';

/** A compiled operation, or null: graphql-js runs it (see compiledExecution for when). */
type CacheEntry = { compiled: CompiledQuery | null };

/** The compiled executor and what it has seen. */
export interface CompiledExecution {
  /** Pass as Apollo Server's `gateway` option (instead of `schema`). */
  gateway: Gateway;
  /** How many operations ran each way since the start (for tests and benchmarks). */
  counts(): Record<ExecutionPath, number>;
}

/**
 * Gives every field of `schema`'s object types that has no resolver graphql's own default one,
 * which graphql-js uses for them anyway. graphql-jit reads such a field's property inline and
 * does not wait for a promise there, while some of Pingyi's values hold promises in plain
 * properties (a page's lazy `nodes`, `edges`, `pageInfo`, `totalCount`: core/pagination.ts); with a
 * resolver, graphql-jit awaits them as graphql-js does.
 */
function resolveEveryField(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= defaultFieldResolver;
  }
}

/**
 * Whether `document` selects a field of an interface or union type. graphql-jit calls such a
 * type's `resolveType` without awaiting it, and type-graphql's `resolveType` always answers with a
 * promise (Node, core/node.ts), so these operations stay on graphql-js.
 */
function selectsAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type && isAbstractType(getNamedType(type))) found = true;
      },
    }),
  );
  return found;
}

/**
 * Whether an input object, or one inside it, has a required field with a default value: graphql-jit's
 * coercion of variables reports such a field as missing where graphql-js gives it its default
 * (e.g. `publicPropertyDamaged: Boolean! = false`), so operations whose variables hold one stay on
 * graphql-js. `seen` guards against input types that contain themselves.
 */
function hasRequiredDefault(type: GraphQLInputObjectType, seen = new Set<string>()): boolean {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => {
    if (isNonNullType(field.type) && field.defaultValue !== undefined) return true;
    const named = getNamedType(field.type);
    return isInputObjectType(named) && hasRequiredDefault(named, seen);
  });
}

/** Whether an operation of `document` takes a variable whose type hasRequiredDefault. */
function variablesNeedDefaults(schema: GraphQLSchema, document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === 'OperationDefinition' &&
      (definition.variableDefinitions ?? []).some((variable) => {
        const type = typeFromAST(schema, variable.type);
        const named = type && getNamedType(type);
        return named !== undefined && isInputObjectType(named) && hasRequiredDefault(named);
      }),
  );
}

/**
 * graphql-jit's error as graphql-js would have raised it: graphql-jit leaves `extensions` undefined
 * when the resolver's error had none (a database error), where graphql-js gives `{}` and Apollo
 * Server reads `extensions.code`; the message, locations, path and original error are kept.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  Object.defineProperty(copy, 'locations', { value: error.locations, enumerable: true });
  return copy;
}

/** A compiled operation's answer with graphql-js's errors (asGraphQLError). */
async function withGraphQLErrors(answer: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const result = await answer;
  return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
}

/**
 * Runs Apollo Server's queries and mutations through graphql-jit: each operation (document text
 * and operation name) is compiled once into a JavaScript function and kept in a bounded LRU of
 * COMPILED_OPERATIONS_KEPT entries; later requests with the same document call that function with
 * their own context (their own loaders) and variables. Everything before execution stays Apollo's
 * and Pingyi's: parsing, validation (depth rule), persisted queries, the variables' checks and the
 * cost limit (limits.ts), the context; everything after it too: `formatError` sees the same errors
 * (a resolver's error keeps its `originalError`, so codes, reasons and masking are unchanged).
 * graphql-js's `execute` runs, as without this executor: subscriptions (over HTTP they run once,
 * like a query), operations that select an interface or union (selectsAbstractType) or take an
 * input with a required field's default (variablesNeedDefaults), an operation whose variables
 * graphql-jit refuses after graphql accepted them (from then on), and any operation graphql-jit
 * cannot compile. Apollo Server 5 has no `executor` option; its gateway interface, which hands a
 * schema and an executor to the server, is the supported way to bring one (docs/architecture.md,
 * the path of a request, step 4). Fields without a resolver get graphql's default one
 * (resolveEveryField): the schema is changed in place.
 */
export function compiledExecution(schema: GraphQLSchema, kept = COMPILED_OPERATIONS_KEPT): CompiledExecution {
  resolveEveryField(schema);
  const cache = new LRUCache<string, CacheEntry>({ max: kept });
  const listeners = new Set<SchemaListener>();
  const counts: Record<ExecutionPath, number> = { compiled: 0, 'graphql-js': 0 };

  const compile = (key: string, document: DocumentNode, operationName?: string): CacheEntry => {
    let entry = cache.get(key);
    if (entry) return entry;
    if (selectsAbstractType(schema, document) || variablesNeedDefaults(schema, document)) {
      cache.set(key, (entry = { compiled: null }));
      return entry;
    }
    try {
      const compiled = compileQuery<Record<string, unknown>, Record<string, unknown>>(schema, document, operationName, {
        disablingCapturingStackErrors: true,
      });
      entry = { compiled: isCompiledQuery(compiled) ? compiled : null };
      if (!entry.compiled)
        logger.debug({ errors: (compiled as ExecutionResult).errors }, 'graphql-jit refused an operation');
    } catch (err) {
      logger.debug({ err }, 'graphql-jit could not compile an operation');
      entry = { compiled: null };
    }
    cache.set(key, entry);
    return entry;
  };

  const executor: Executor = async (requestContext) => {
    const { document, operation, queryHash, context, request } = requestContext;
    const operationName = request.operationName ?? undefined;
    const key = `${queryHash}\n${operationName ?? ''}`;
    const entry = operation && operation.operation !== 'subscription' ? compile(key, document, operationName) : null;
    if (entry?.compiled) {
      const answer = entry.compiled.query(undefined, context, request.variables ?? {});
      // Refused variables come back at once, before any resolver ran. graphql's own coercion has
      // already accepted them (limits.ts), so it is graphql-jit's coercion that differs: this
      // operation runs on graphql-js from now on.
      if (!(answer instanceof Promise) && answer.errors && !('data' in answer)) {
        logger.debug({ errors: answer.errors }, 'graphql-jit refused variables that graphql accepted');
        cache.set(key, { compiled: null });
      } else {
        counts.compiled += 1;
        return withGraphQLErrors(answer);
      }
    }
    counts['graphql-js'] += 1;
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
  };

  return {
    gateway: {
      onSchemaLoadOrUpdate(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async load() {
        // The schema never changes while the server runs: announced once, before the first request.
        for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
        return { executor };
      },
      async stop() {
        cache.clear();
        listeners.clear();
      },
    },
    counts: () => ({ ...counts }),
  };
}
