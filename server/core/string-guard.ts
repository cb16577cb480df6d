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

/** A NUL character or a UTF-16 surrogate without its pair: text PostgreSQL cannot store. */
// The NUL character is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The path of the first string in `value` that PostgreSQL cannot store, e.g. `input[3].name`;
 * null when there is none. Iterative, in document order: client data never drives recursion.
 * The variables were capped in depth and size before (variables.ts).
 */
export function unstorablePath(value: unknown, path: string): string | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [item, here] = stack.pop()!;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return here;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${here}[${i}]`]);
    } else if (item && typeof item === 'object') {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i][1], `${here}.${entries[i][0]}`]);
    }
  }
  return null;
}

/** The BAD_USER_INPUT error for a string at `field`; for an `upsertOfficials` row it is listed as a row error too. */
function refusal(rootField: string, field: string): GraphQLError {
  const message = `${field}: contains a NUL character or an unpaired UTF-16 surrogate, which cannot be stored`;
  const row = rootField === 'upsertOfficials' ? /^input\[(\d+)\]\.(\w+)/.exec(field) : null;
  const extensions: Record<string, unknown> = {
    code: 'BAD_USER_INPUT',
    field: row ? 'input' : field,
    http: { status: 400 },
  };
  if (row)
    extensions.errors = [
      {
        index: Number(row[1]),
        field: row[2],
        message: 'contains a NUL character or an unpaired UTF-16 surrogate, which cannot be stored',
      },
    ];
  return new GraphQLError(row ? `input: 1 row is invalid (see extensions.errors); nothing was written` : message, {
    extensions,
  });
}

/**
 * Refuses, before execution, an operation whose arguments carry a string with a NUL character or
 * an unpaired surrogate (PostgreSQL refuses both), naming the argument path (`input.reason`,
 * `input[3].name`; a row error for upsertOfficials). Arguments of fields at any depth are read
 * with the variables applied; a variable no argument reaches is named `$name`. `variables` are
 * the coerced values (graphql's `getVariableValues`), as `getArgumentValues` expects. Returns the
 * error, or null when every string can be stored.
 */
export function unstorableStringError(
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
        const path = unstorablePath(value, name);
        if (path) return refusal(root ?? def.name, path);
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
    const path = unstorablePath(value, `$${name}`);
    if (path) return refusal('', path);
  }
  return null;
}
