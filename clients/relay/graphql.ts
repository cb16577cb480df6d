/**
 * The `graphql` tag of the operations in this folder. relay-compiler and graphql-codegen read the
 * tagged text from the source files; a Relay app imports `graphql` from `react-relay` instead.
 */
export function graphql(strings: TemplateStringsArray): string {
  return strings.join('');
}
