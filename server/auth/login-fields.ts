import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * How many `login` fields the operation being executed asks for at its root: the distinct
 * response keys (aliases) of `login`, through inline fragments and fragment spreads alike, as
 * GraphQL executes them (fields of one response key are merged into one). Used to refuse a request
 * that would buy many password hashes at once.
 */
export function loginFieldsIn(info: GraphQLResolveInfo): number {
  const keys = new Set<string>();
  const spread = new Set<string>();
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === 'login') keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(info.operation.selectionSet);
  return keys.size;
}
