import type { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, GraphQLSchema } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { MAX_PAGE_SIZE } from './pagination';
import { setCurrentOperation } from './request-scope';
import { unstorableStringError } from './string-guard';

/** Deepest query accepted (DESIGN, API contract: limits). */
export const MAX_DEPTH = 8;
/** Highest estimated cost accepted: each field costs 1, a list field's children count `first` times. */
export const MAX_COMPLEXITY = 20_000;

/** A BAD_USER_INPUT error answered with HTTP 400 (errors thrown before execution default to 500). */
function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: null, http: { status: 400 } } });
}

/**
 * Validation rule refusing queries nested deeper than MAX_DEPTH (reported as BAD_USER_INPUT).
 * It follows fragments and survives fragment cycles, which graphql's own rules then report.
 */
export const depthRule = maxDepthRule({
  n: MAX_DEPTH,
  ignoreIntrospection: true,
  exposeLimits: false,
  errorMessage: `Query is nested too deeply (at most ${MAX_DEPTH} levels)`,
  // Report as an ordinary validation error (GRAPHQL_VALIDATION_FAILED → BAD_USER_INPUT), not a throw.
  propagateOnRejection: false,
  onReject: [(context, error) => context?.reportError(error)],
});

/**
 * Apollo plugin refusing an operation whose estimated cost exceeds MAX_COMPLEXITY, computed once
 * the operation and its variables are known. Connections multiply their children by `first`.
 * First it refuses a string argument PostgreSQL cannot store (string-guard.ts), naming its path.
 */
export function complexityPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
          );
          if (operation) setCurrentOperation(operation.operation);
          const unstorable = operation ? unstorableStringError(schema, operation, fragments, request.variables) : null;
          if (unstorable) throw unstorable;
          let complexity: number;
          try {
            complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              ({ args, childComplexity }) => {
                if (typeof args.first === 'number' || 'after' in args || 'offset' in args) {
                  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : 20;
                  return 1 + childComplexity * first;
                }
                return undefined;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
            });
          } catch (error) {
            // Variables that do not fit their types: the same answer GraphQL execution would give.
            throw refuse(error instanceof GraphQLError ? error.message : 'The variables do not fit the operation');
          }
          if (complexity > MAX_COMPLEXITY) {
            throw refuse(`This query is too complex (${complexity}, at most ${MAX_COMPLEXITY}): ask for fewer fields or smaller pages`);
          }
        },
      };
    },
  };
}
