import {
  DocumentNode,
  getVariableValues,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  ValueNode,
  visit,
} from 'graphql';
import { coreReasons } from './core-reasons';
import { reasonExtensions } from './errors';
import type { Reason } from './reasons';

/** Deepest nesting of lists and objects accepted in one variable (Pingyi's deepest input needs 3). */
export const MAX_VARIABLE_DEPTH = 12;
/**
 * Most values (scalars, lists, objects and each object's entries) accepted in all the variables
 * of one request; the largest input, 1,000 `upsertOfficials` rows, holds about 15,000.
 */
export const MAX_VARIABLE_VALUES = 25_000;
/**
 * Most fields accepted in one object of a variable. Pingyi's largest input type has 11; an object
 * with more fields than that is wrong anyway, and this cap keeps each coercion error (which
 * quotes the object) small, while objects up to it still get one error per unknown field.
 */
export const MAX_OBJECT_FIELDS = 100;
/** Most coercion errors reported for one request; the rest are not looked for. */
export const MAX_VARIABLE_ERRORS = 20;

/**
 * A BAD_USER_INPUT error naming `field`, answered with HTTP 400 (errors before execution default
 * to 500); its reason is `why`, by default `validation.variables` (the message stays graphql's
 * own, more precise).
 */
export function inputError(
  message: string,
  field: string | null,
  why: Reason = coreReasons['validation.variables'](),
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, ...reasonExtensions(why, field), http: { status: 400 } },
  });
}

/**
 * Where each variable of `operation` is used: variable name → the argument path it is passed as
 * (`filter`, `input`, `filter.ids`), when every use of it is at the same path. Arguments of fields
 * in fragments count too. A variable used at several different paths is absent.
 */
export function variablePaths(document: DocumentNode, operation: OperationDefinitionNode): Map<string, string> {
  const seen = new Map<string, string | null>();
  const record = (name: string, path: string) => {
    const before = seen.get(name);
    seen.set(name, before === undefined || before === path ? path : null);
  };
  const walkValue = (root: ValueNode, rootPath: string) => {
    const stack: [ValueNode, string][] = [[root, rootPath]];
    while (stack.length > 0) {
      const [node, path] = stack.pop()!;
      if (node.kind === Kind.VARIABLE) record(node.name.value, path);
      else if (node.kind === Kind.OBJECT)
        for (const field of node.fields) stack.push([field.value, `${path}.${field.name.value}`]);
      else if (node.kind === Kind.LIST) node.values.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    }
  };
  const visitor = {
    Argument: (node: { name: { value: string }; value: ValueNode }) => walkValue(node.value, node.name.value),
  };
  visit(operation, visitor);
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  const paths = new Map<string, string>();
  for (const [name, path] of seen) if (path !== null) paths.set(name, path);
  return paths;
}

/** The field a variable's errors name: the argument path it is passed as, else `$name`. */
function fieldOfVariable(paths: Map<string, string>, name: string): string {
  return paths.get(name) ?? `$${name}`;
}

/**
 * Refuses variables nested deeper than MAX_VARIABLE_DEPTH, with an object of more than
 * MAX_OBJECT_FIELDS fields or holding more than MAX_VARIABLE_VALUES values in all, before
 * anything else reads them. The walk is iterative (no
 * recursion on client data) and stops at the first excess, so it costs at most the size of the
 * body. Returns the BAD_USER_INPUT error naming the variable, or null.
 */
export function variableShapeError(
  variables: Record<string, unknown>,
  paths: Map<string, string>,
): GraphQLError | null {
  let count = 0;
  for (const [name, value] of Object.entries(variables)) {
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      count += 1;
      if (count > MAX_VARIABLE_VALUES) {
        const field = fieldOfVariable(paths, name);
        return inputError(
          `${field}: the variables hold more than ${MAX_VARIABLE_VALUES.toLocaleString('en')} values ($${name})`,
          field,
        );
      }
      if (item === null || typeof item !== 'object') continue;
      if (depth >= MAX_VARIABLE_DEPTH) {
        const field = fieldOfVariable(paths, name);
        return inputError(`${field}: nested deeper than ${MAX_VARIABLE_DEPTH} levels ($${name})`, field);
      }
      const children = Array.isArray(item) ? item : Object.values(item);
      if (!Array.isArray(item) && children.length > MAX_OBJECT_FIELDS) {
        const field = fieldOfVariable(paths, name);
        return inputError(
          `${field}: an object with ${children.length.toLocaleString('en')} fields; an input has at most ${MAX_OBJECT_FIELDS} ($${name})`,
          field,
        );
      }
      for (const child of children) stack.push([child, depth + 1]);
    }
  }
  return null;
}

/** The path inside a variable that graphql's coercion message names (` at "f.rows[2]"`), without the variable's name. */
const AT_PATH = / at "[A-Za-z_]\w*((?:\.[A-Za-z_]\w*|\[\d+\])*)"$/;
/** Inner messages about one field of an object: the field is named in the path. */
const ABOUT_FIELD = /^Field "(.*)" (?:is not defined by type|of required type) "[^"]*"/s;

/**
 * One error of graphql's `getVariableValues` as the client sees it: the message without the
 * quoted value (which may be the whole variable) and the field path. Returns null for the
 * "error limit reached" error, which names no variable.
 */
function clientError(error: GraphQLError, paths: Map<string, string>): GraphQLError | null {
  const variable = /^Variable "\$([A-Za-z_]\w*)"/.exec(error.message);
  if (!variable) return null;
  let field = fieldOfVariable(paths, variable[1]);
  const inner = error.originalError instanceof GraphQLError ? error.originalError.message : null;
  if (inner === null || !error.message.endsWith(`; ${inner}`)) return inputError(`${field}: ${error.message}`, field);
  const head = error.message.slice(0, error.message.length - inner.length - 2);
  field += AT_PATH.exec(head)?.[1] ?? '';
  const about = ABOUT_FIELD.exec(inner);
  if (about) field += `.${about[1]}`;
  return inputError(`${field}: ${inner}`, field);
}

/**
 * Coerces the request's variables with graphql's own `getVariableValues`, stopping after
 * MAX_VARIABLE_ERRORS errors, so that an input with many unknown fields costs linear time.
 * `hideSuggestions` leaves out "Did you mean …" (production). Returns the coerced values, or
 * BAD_USER_INPUT errors (HTTP 400), each naming its field path (`filter.k0`, `input[2].name`).
 */
export function coerceVariables(
  schema: Parameters<typeof getVariableValues>[0],
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  paths: Map<string, string>,
  hideSuggestions: boolean,
): { values: Record<string, unknown> } | { errors: GraphQLError[] } {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: MAX_VARIABLE_ERRORS,
    hideSuggestions,
  });
  if (!result.errors) return { values: result.coerced };
  const errors = result.errors.map((e) => clientError(e, paths)).filter((e): e is GraphQLError => e !== null);
  return { errors: errors.length > 0 ? errors : [inputError('The variables do not fit the operation', null)] };
}
