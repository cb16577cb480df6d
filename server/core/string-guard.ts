import {
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { coreReasons } from './core-reasons';
import { reasonExtensions } from './errors';
import { renderReason, type Reason } from './reasons';

/** A NUL character or a UTF-16 surrogate without its pair: text PostgreSQL cannot store. */
// The NUL character is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The longest text a `…Contains` filter (a substring search) accepts, in characters. */
export const MAX_CONTAINS = 100;
/** The calendar years every `year` argument and input field accepts. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** What is wrong with one input value: its path (`filter.nameContains`, `input[3].name`), why, and the reason's English sentence. */
export interface InputProblem {
  path: string;
  message: string;
  reason: Reason;
}

/** What is wrong with the value of the argument or input field `key` itself, or null. */
function problemOf(key: string, value: unknown): Reason | null {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) return coreReasons['validation.unstorable']();
    if (key.endsWith('Contains') && Array.from(value).length > MAX_CONTAINS)
      return coreReasons['validation.containsTooLong']({ max: MAX_CONTAINS });
  } else if (key === 'year' && typeof value === 'number' && (value < FIRST_YEAR || value > LAST_YEAR)) {
    return coreReasons['validation.yearOutOfRange']({ from: FIRST_YEAR, to: LAST_YEAR });
  }
  return null;
}

/**
 * The first value in `value` (the argument or variable at `path`, named `key`) that no field of
 * Pingyi accepts, or null: a string PostgreSQL cannot store (a NUL character or an unpaired
 * surrogate), a `…Contains` filter longer than MAX_CONTAINS characters, a `year` outside
 * FIRST_YEAR–LAST_YEAR. Iterative, in document order: client data never drives recursion. The
 * variables were capped in depth and size before (variables.ts).
 */
export function inputProblem(value: unknown, path: string, key = path): InputProblem | null {
  const stack: [unknown, string, string][] = [[value, path, key]];
  while (stack.length > 0) {
    const [item, here, name] = stack.pop()!;
    const problem = problemOf(name, item);
    if (problem) return { path: here, message: renderReason(problem), reason: problem };
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${here}[${i}]`, name]);
    } else if (item && typeof item === 'object') {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push([entries[i][1], `${here}.${entries[i][0]}`, entries[i][0]]);
    }
  }
  return null;
}

/** The BAD_USER_INPUT error for a value at `problem.path`; for an `upsertOfficials` row it is listed as a row error too. */
function refusal(rootField: string, problem: InputProblem): GraphQLError {
  const field = problem.path;
  const row = rootField === 'upsertOfficials' ? /^input\[(\d+)\]\.(\w+)/.exec(field) : null;
  const extensions: Record<string, unknown> = {
    code: 'BAD_USER_INPUT',
    field: row ? 'input' : field,
    ...(row
      ? reasonExtensions(coreReasons['validation.rowsInvalid'](), 'input')
      : reasonExtensions(problem.reason, field)),
    http: { status: 400 },
  };
  if (row) extensions.errors = [{ index: Number(row[1]), field: row[2], message: problem.message }];
  return new GraphQLError(
    row ? `input: 1 row is invalid (see extensions.errors); nothing was written` : `${field}: ${problem.message}`,
    { extensions },
  );
}

/**
 * Refuses, before execution, an operation whose arguments carry a value no field accepts
 * (inputProblem: a string with a NUL character or an unpaired surrogate, which PostgreSQL refuses,
 * a `…Contains` filter over MAX_CONTAINS characters, a `year` outside 2000–2100), naming the argument path (`input.reason`,
 * `input[3].name`; a row error for upsertOfficials). Arguments of fields at any depth are read
 * with the variables applied; a variable no argument reaches is named `$name`. `variables` are
 * the coerced values (graphql's `getVariableValues`), as `getArgumentValues` expects. Returns the
 * error, or null when every string can be stored.
 */
export function refusedInputError(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const vars = variables ?? {};
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, type: GraphQLObjectType | null, root: string | null): GraphQLError | null => {
    for (const selection of set.selections) {
      if (selection.kind === 'FragmentSpread') {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(selection.name.value)) continue;
        seen.add(selection.name.value);
        const found = walk(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value) as GraphQLObjectType | null,
          root,
        );
        if (found) return found;
        continue;
      }
      if (selection.kind === 'InlineFragment') {
        const inner = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) as GraphQLObjectType | null)
          : type;
        const found = walk(selection.selectionSet, inner, root);
        if (found) return found;
        continue;
      }
      const def = type && 'getFields' in type ? type.getFields()[selection.name.value] : undefined;
      if (!def) continue;
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(def, selection, vars);
      } catch {
        // Arguments that do not fit their types are reported by GraphQL itself.
      }
      for (const [name, value] of Object.entries(args)) {
        const problem = inputProblem(value, name);
        if (problem) return refusal(root ?? def.name, problem);
      }
      if (selection.selectionSet) {
        const named = getNamedType(def.type);
        const found = walk(selection.selectionSet, named instanceof GraphQLObjectType ? named : null, root ?? def.name);
        if (found) return found;
      }
    }
    return null;
  };
  const rootType =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const found = walk(operation.selectionSet, rootType ?? null, null);
  if (found) return found;
  for (const [name, value] of Object.entries(vars)) {
    const problem = inputProblem(value, `$${name}`, name);
    if (problem) return refusal('', problem);
  }
  return null;
}
