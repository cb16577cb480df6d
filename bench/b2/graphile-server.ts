/**
 * B2's server (b): PostGraphile 4 in library mode on node:http, set up as for production — no
 * GraphiQL, no query log, no watch mode, JSON as JSON, list fields beside connections — over
 * B2's API schema of views and helper functions (graphile-sql.ts). It checks the same Pingyi token
 * (HS256, issuer "pingyi") as Pingyi does, so every request runs in PostGraphile's usual
 * transaction with the JWT claims set; no claim switches the database role. Run as a child process
 * with DATABASE_URL, PORT and B2_JWT_SECRET; prints "ready" once listening.
 */
import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';
import { Pool } from 'pg';
import { GRAPHILE_SCHEMA } from './graphile-sql';

// npm leaves two copies of graphql 15 under PostGraphile (its own and graphile-build-pg's) and
// graphql 16 at the top, which PostGraphile's helpers would also load; objects from one copy fail
// the other's checks ("from another module or realm"). Every `graphql` this process loads is
// PostGraphile's own copy.
const graphqlDir = path.dirname(
  require.resolve('graphql/package.json', { paths: [path.dirname(require.resolve('postgraphile/package.json'))] }),
);
const moduleInternals = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
  const mapped =
    request === 'graphql' || request.startsWith('graphql/') ? graphqlDir + request.slice('graphql'.length) : request;
  return resolveFilename.call(this, mapped, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.B2_POOL_SIZE ?? 10) });

const handler = postgraphile(pool, [GRAPHILE_SCHEMA], {
  graphiql: false,
  enhanceGraphiql: false,
  watchPg: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  simpleCollections: 'both',
  legacyRelations: 'omit',
  showErrorStack: false,
  extendedErrors: ['errcode'],
  retryOnInitFail: false,
  jwtSecret: process.env.B2_JWT_SECRET,
  jwtRole: ['pg_role'],
  jwtVerifyOptions: { audience: undefined, issuer: 'pingyi', algorithms: ['HS256'] },
});

const server = http.createServer(handler);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
