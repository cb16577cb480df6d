/**
 * graphql-codegen for the tests: the committed schema.graphql's types (`Query`, `Mutation`,
 * `Official`, …) written to test/support/__generated__/schema.ts, so that what a test reads from
 * an answer is checked against the schema (see `Answer` in test/support/server.ts). Nullable
 * fields are `T | null`, never optional; enums are string-literal unions. `npm run codegen:test`
 * writes it; `npm run typecheck` fails when it is out of date (`--check`). The file is committed.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'test/support/__generated__/schema.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: true,
        maybeValue: 'T | null',
        skipTypename: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', LocalDate: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
      },
    },
  },
};

export default config;
