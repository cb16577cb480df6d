/**
 * graphql-codegen's client preset for the admin: reads the committed schema.graphql (no server, no
 * introspection) and every operation the admin sends, written in the `.graphql` files under
 * admin/src, checks them against the schema and writes each one's document with its result and
 * variable types to admin/src/gql/graphql.ts (`MeetingRoomDocument`, `MeetingRoomQuery`, …).
 * `npm run codegen:admin` writes it; `npm run typecheck` fails when it is out of date (`--check`)
 * and then type-checks the admin. The files are committed, so a build needs no generation.
 *
 * The admin imports the documents from graphql.ts only (the preset's `graphql()` lookup in gql.ts
 * would bundle every document several times over). Documents are plain strings (`documentMode:
 * 'string'`), posted as they are: no GraphQL parser or AST is bundled for them. Enums are
 * string-literal unions (no runtime code); fragments are not masked, so a fragment's fields are
 * simply part of the result type.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['admin/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string', LocalDate: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
      },
    },
  },
};

export default config;
