import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

/** Path of the committed schema (the API contract; docs/architecture.md). */
export const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema.graphql');

/** The schema as SDL, sorted so that the file changes only when the API does. */
export async function printPingyiSchema(): Promise<string> {
  const header = '# Pingyi GraphQL API. Emitted from the code by `npm run schema:emit`; do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

async function main(): Promise<void> {
  const sdl = await printPingyiSchema();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema.graphql is out of date: run `npm run schema:emit` and commit the result.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
