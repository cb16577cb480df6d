import { coreReasons } from './core-reasons';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, GraphQLSchema } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { shortParams, shortQuotes } from './errors';
import { MAX_PAGE_SIZE } from './pagination';
import { setCurrentOperation } from './request-scope';
import { refusedInputError } from './string-guard';
import { coerceVariables, inputError, variablePaths, variableShapeError } from './variables';

/** Deepest query accepted (README, Security and production). */
export const MAX_DEPTH = 8;
/** Highest estimated cost accepted: each field costs 1, a list field's children count `first` times. */
export const MAX_COMPLEXITY = 20_000;

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
 * Apollo plugin checking an operation's input once it is resolved, each step linear in the size
 * of the request, in this order:
 * 1. the variables' nesting depth and size (variables.ts), before anything else walks them;
 * 2. graphql's own coercion of the variables, with at most MAX_VARIABLE_ERRORS errors, each
 *    naming its field path (answered as a list of BAD_USER_INPUT errors, HTTP 400);
 * 3. values no field accepts (string-guard.ts: strings PostgreSQL cannot store, `…Contains` over
 *    100 characters, a `year` outside 2000–2100), naming the argument path;
 * 4. the estimated cost, at most MAX_COMPLEXITY; connections multiply their children by `first`.
 * `hideSuggestions` leaves "Did you mean …" out of coercion errors (production).
 */
export function complexityPlugin(
  schema: GraphQLSchema,
  options: { hideSuggestions?: boolean } = {},
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let refused: GraphQLError[] | null = null;
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          setCurrentOperation(operation.operation);
          const variables = request.variables ?? {};
          const paths = variablePaths(document, operation);
          const shape = variableShapeError(variables, paths);
          if (shape) throw shape;
          const coerced = coerceVariables(schema, operation, variables, paths, options.hideSuggestions ?? false);
          if ('errors' in coerced) {
            // Several errors cannot be thrown from this hook: responseForOperation answers them.
            refused = coerced.errors;
            return;
          }
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
              .map((d) => [d.name.value, d]),
          );
          const refusedInput = refusedInputError(schema, operation, fragments, coerced.values);
          if (refusedInput) throw refusedInput;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              // Known to coerce by now, so the estimator's own coercion costs linear time.
              variables,
              estimators: [
                ({ args, childComplexity }) => {
                  if (typeof args.first === 'number' || 'after' in args || 'offset' in args) {
                    const first =
                      typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : 20;
                    return 1 + childComplexity * first;
                  }
                  return undefined;
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (error) {
            throw inputError(
              error instanceof GraphQLError ? error.message : 'The variables do not fit the operation',
              null,
            );
          }
          if (complexity > MAX_COMPLEXITY) {
            throw inputError(
              `This query is too complex (${complexity}, at most ${MAX_COMPLEXITY}): ask for fewer fields or smaller pages`,
              null,
              coreReasons['request.tooComplex']({ complexity, max: MAX_COMPLEXITY }),
            );
          }
        },
        async responseForOperation() {
          if (!refused) return null;
          const errors = refused.map((e) => ({
            message: shortQuotes(e.message),
            extensions: {
              code: 'BAD_USER_INPUT',
              field: e.extensions.field ?? null,
              reason: e.extensions.reason,
              params: shortParams(e.extensions.params),
            },
          }));
          return {
            http: { status: 400, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { errors } },
          };
        },
      };
    },
  };
}
