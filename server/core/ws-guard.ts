import {
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  DocumentNode,
  FragmentDefinitionNode,
} from 'graphql';
import { shortParams, shortQuotes, withoutSuggestions } from './errors';
import { reasonParams } from './reasons';
import { coreReasons } from './core-reasons';
import { depthRule } from './limits';
import { refusedInputError } from './string-guard';
import { coerceVariables, variablePaths, variableShapeError } from './variables';

/** What a graphql-ws client sends to start an operation. */
export interface SocketPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A client error as the socket sends it: the message, BAD_USER_INPUT and the field, without Apollo's HTTP hints. */
function socketError(message: string, field: string | null): GraphQLError {
  const why = coreReasons['request.invalid']();
  return new GraphQLError(shortQuotes(message), {
    extensions: { code: 'BAD_USER_INPUT', field, reason: why.key, params: shortParams(reasonParams(why, field)) },
  });
}

/**
 * The checks of an operation sent over the WebSocket (graphql-ws's `onSubscribe`), the same as
 * over HTTP: graphql's rules and the depth limit, no introspection and no "Did you mean …" unless
 * `schemaDetails`, only subscriptions (queries and mutations go over HTTP, where the cost
 * estimate and the sign-in throttle apply), the variables capped in depth and size and coerced
 * with at most MAX_VARIABLE_ERRORS errors (variables.ts), then the arguments' values checked by
 * the string guard (string-guard.ts: unstorable text, `…Contains` length, years). Error messages
 * quote no value longer than MAX_QUOTED characters. Returns graphql's execution arguments,
 * or the BAD_USER_INPUT errors to send.
 */
export function checkSocketOperation(
  schema: GraphQLSchema,
  payload: SocketPayload,
  options: { schemaDetails: boolean },
): ExecutionArgs | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [socketError(error instanceof GraphQLError ? error.message : 'The query could not be parsed', null)];
  }
  const rules = options.schemaDetails
    ? [...specifiedRules, depthRule]
    : [...specifiedRules, depthRule, NoSchemaIntrospectionCustomRule];
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0)
    return invalid.map((e) => socketError(options.schemaDetails ? e.message : withoutSuggestions(e.message), null));
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [socketError('Name the operation to run (operationName)', null)];
  if (operation.operation !== 'subscription') {
    return [
      socketError(
        'Only subscriptions run over the WebSocket: send queries and mutations as HTTP POST to /graphql',
        null,
      ),
    ];
  }
  const variables = payload.variables ?? {};
  const paths = variablePaths(document, operation);
  const shape = variableShapeError(variables, paths);
  if (shape) return [socketError(shape.message, (shape.extensions.field as string | null) ?? null)];
  const coerced = coerceVariables(schema, operation, variables, paths, !options.schemaDetails);
  if ('errors' in coerced)
    return coerced.errors.map((e) => socketError(e.message, (e.extensions.field as string | null) ?? null));
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const refused = refusedInputError(schema, operation, fragments, coerced.values);
  if (refused) return [socketError(refused.message, (refused.extensions.field as string | null) ?? null)];
  return { schema, document, operationName: payload.operationName, variableValues: variables };
}
