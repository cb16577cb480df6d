import fs from 'node:fs';
import http from 'node:http';
import { notFoundHandler } from './not-found';
import { randomUUID } from 'node:crypto';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import type { DataSource } from 'typeorm';
import { compiledExecutorFromEnv, introspectionFromEnv, trustProxyFromEnv, type TrustProxy } from '../core/config';
import { coreReasons } from '../core/core-reasons';
import { renderReason } from '../core/reasons';
import {
  clip,
  formatError,
  isDatabaseUnavailable,
  reasonExtensions,
  ServiceUnavailableError,
  serviceUnavailablePlugin,
  withoutSuggestions,
} from '../core/errors';
import { compiledExecution, type ExecutionPath } from '../core/executor';
import { compressResponses, securityHeaders } from '../core/http-hardening';
import { complexityPlugin, depthRule } from '../core/limits';
import { createLocalPubSub, liveUpdates, type PingyiPubSub } from '../core/live';
import { logger } from '../core/logger';
import type { BackgroundJob } from '../core/module';
import type { RedisHealth } from '../core/pubsub';
import { LimiterFactory, memoryLimiters } from '../core/rate-limit';
import { replicaPlugin } from '../core/replica-plugin';
import type { ReplicaRouter } from '../core/replicas';
import { currentRequestId, requestScope } from '../core/request-scope';
import { checkSocketOperation } from '../core/ws-guard';
import { Context, createContext, sharedOf } from './context';
import { modules } from './modules';
import { getSchema } from './schema';

/** The package's root folder, whether this file runs from server/app or, compiled, from dist/server/app. */
const ROOT = [path.join(__dirname, '..', '..'), path.join(__dirname, '..', '..', '..')].find((dir) =>
  fs.existsSync(path.join(dir, 'package.json')),
)!;

/** Folder of the built admin panel (Vite output). */
export const ADMIN_DIST = path.join(ROOT, 'admin', 'dist');

/** The running HTTP application, how to add subscriptions to its HTTP server, and how to stop it. */
export interface PingyiApp {
  app: express.Express;
  /** Serves GraphQL subscriptions (graphql-ws) on `/graphql` of this HTTP server. */
  attachSubscriptions(server: http.Server): void;
  /**
   * The modules' background jobs (the webhook dispatcher), by name; not started here: call
   * `startJobs()` (main and the test server do). `stop` stops them.
   */
  jobs: Record<string, BackgroundJob>;
  /** Starts every background job. */
  startJobs(): void;
  /** How many GraphQL operations over HTTP ran compiled and how many on graphql-js (core/executor.ts). */
  executions(): Record<ExecutionPath, number>;
  stop(): Promise<void>;
}

/** What createApp takes besides the data source. */
export interface AppOptions {
  /** Pub/sub of live updates (pubsub.ts); default in-process. */
  pubSub?: PingyiPubSub;
  /** Options of the modules' background jobs, by job name (e.g. `webhooks`: how the dispatcher polls and retries); each has defaults (README, Settings). */
  jobs?: Record<string, unknown>;
  /** Where rate limits count (rate-limit.ts); default in this process. */
  limiters?: LimiterFactory;
  /**
   * Introspection and "Did you mean …" suggestions in errors (Config.introspection); default from
   * the environment: off with NODE_ENV=production unless PINGYI_INTROSPECTION=1.
   */
  introspection?: boolean;
  /** With REDIS_URL: whether Redis is ready, reported by /healthz (PubSubHandle.redis). */
  redis?: RedisHealth;
  /**
   * Which proxies are believed about the client's address (`X-Forwarded-For`), for the rate limits
   * (Config.trustProxy); default from PINGYI_TRUST_PROXY, off when unset.
   */
  trustProxy?: TrustProxy;
  /**
   * Queries and mutations compiled by graphql-jit (Config.compiledExecutor, core/executor.ts);
   * default from PINGYI_COMPILED_EXECUTOR, on when unset. Off: everything runs on graphql-js.
   */
  compiledExecutor?: boolean;
  /** With DATABASE_REPLICA_URLS: the router that sends queries' reads to the replicas (replicas.ts). */
  replicas?: ReplicaRouter;
}

/** The largest JSON body accepted over HTTP (express.json's limit); a larger one is 413 with reason request.bodyTooLarge. */
const BODY_LIMIT = '2mb';

/** The largest WebSocket message accepted, in bytes: the same as a GraphQL body over HTTP. */
const MAX_SOCKET_MESSAGE_BYTES = 2 * 1024 * 1024;

/**
 * Builds the HTTP application over a connected data source: GraphQL at `/graphql` (POST, and GET
 * for queries), the admin at `/admin/`, the residents' pages (ballot, code entry, matter, survey)
 * at `/vote`, the offline GraphiQL at `/graphiql`, and `/healthz`
 * (200 when PostgreSQL answers, 503 otherwise; `"status": "degraded"` with `"redis": "unavailable"`
 * while a configured Redis is away). While PostgreSQL is away GraphQL answers 503
 * SERVICE_UNAVAILABLE with `Retry-After` and recovers by itself. Every answer carries helmet's
 * security headers and is compressed from 1 KB (http-hardening.ts).
 */
export async function createApp(db: DataSource, options: AppOptions = {}): Promise<PingyiApp> {
  const pubSub = options.pubSub ?? createLocalPubSub();
  const schema = await getSchema(pubSub);
  const schemaDetails = options.introspection ?? introspectionFromEnv();
  const compiled = (options.compiledExecutor ?? compiledExecutorFromEnv()) ? compiledExecution(schema) : null;
  const apollo = new ApolloServer<Context>({
    // The compiled executor comes in through Apollo's gateway interface, which then also gives the schema.
    ...(compiled ? { gateway: compiled.gateway } : { schema }),
    formatError: schemaDetails
      ? formatError
      : (formatted, raw) => {
          const error = formatError(formatted, raw);
          return { ...error, message: withoutSuggestions(error.message) };
        },
    csrfPrevention: true,
    introspection: schemaDetails,
    // Apollo's own switch for "Did you mean …" in validation errors; coercion errors: complexityPlugin.
    hideSchemaDetailsFromClientErrors: !schemaDetails,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthRule],
    // Pingyi sends no cache hints; Apollo's default cache-control plugin would otherwise wrap
    // every field's resolver with a per-field hook (see BENCHMARKS.md, B2).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      complexityPlugin(schema, { hideSuggestions: !schemaDetails }),
      serviceUnavailablePlugin(),
      ...(options.replicas ? [replicaPlugin(options.replicas)] : []),
    ],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  const shared = sharedOf(db, liveUpdates(pubSub), options.limiters ?? memoryLimiters);
  const app = express();
  app.disable('x-powered-by');
  // The client's address (req.ip) for the rate limits: X-Forwarded-For only from the trusted proxies.
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv());
  app.use(requestScope);
  app.use(securityHeaders());
  app.use(compressResponses());

  app.get('/healthz', async (_req, res) => {
    const redis = options.redis ? { redis: options.redis.ready() ? 'ok' : 'unavailable' } : {};
    try {
      await db.query('SELECT 1');
    } catch (err) {
      logger.error(
        { code: (err as { code?: string }).code, message: (err as Error).message },
        'health check failed: PostgreSQL does not answer',
      );
      res.status(503).json({ status: 'unavailable', database: 'unavailable', ...redis });
      return;
    }
    // Without Redis this instance still serves everything; live updates reach only its own subscribers.
    res.json({ status: redis.redis === 'unavailable' ? 'degraded' : 'ok', ...redis });
  });

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return await createContext(shared, {
            requestId: currentRequestId() ?? 'unknown',
            authorization: req.headers.authorization,
            address: req.ip ?? 'unknown',
          });
        } catch (err) {
          // Reading the caller's token needs PostgreSQL: while it is away, a retryable 503.
          if (isDatabaseUnavailable(err)) throw new ServiceUnavailableError();
          throw err;
        }
      },
    }),
  );

  // The modules' own routes (the results export), with the request's context built as for GraphQL.
  const contextOf = (req: express.Request) =>
    createContext(shared, {
      requestId: currentRequestId() ?? 'unknown',
      authorization: req.headers.authorization,
      address: req.ip ?? 'unknown',
    });
  for (const route of modules.flatMap((m) => ('routes' in m ? [...m.routes] : [])))
    app[route.method](route.path, route.handler(contextOf));
  app.get('/', (_req, res) => res.redirect('/admin/'));
  const graphiqlPage = path.join(ADMIN_DIST, 'graphiql.html');
  app.get('/graphiql', (_req, res) => {
    if (fs.existsSync(graphiqlPage)) res.sendFile(graphiqlPage);
    else res.status(503).type('text').send('GraphiQL is not built yet: run `npm run build:admin`.');
  });
  // The residents' pages (ballot, code entry, representatives' sign-in, matter, survey): their own
  // small entry, admin/dist/vote.html, whose assets are the admin's (/admin/assets/).
  const votePage = path.join(ADMIN_DIST, 'vote.html');
  // A link whose "#" a messaging app encoded (/vote/%23/matter/…) leads to the page it named.
  app.get(/^\/vote\/%23(\/.*)?$/i, (req, res) => {
    const rest = req.path.replace(/^\/vote\/%23/i, '');
    res.redirect(`/vote/#${/^[\w\-/.~%]*$/.test(rest) ? rest : '/'}`);
  });
  app.get(/^\/vote(\/.*)?$/, (_req, res) => {
    if (fs.existsSync(votePage)) res.sendFile(votePage);
    else res.status(503).type('text').send('The voting pages are not built yet: run `npm run build:admin`.');
  });
  app.use('/admin', express.static(ADMIN_DIST, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/admin(\/.*)?$/, (_req, res) => {
    const index = path.join(ADMIN_DIST, 'index.html');
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(503).type('text').send('The admin panel is not built yet: run `npm run build:admin`.');
  });

  // Any other address: a page a resident can read (Chinese first) for a browser, JSON for a program.
  app.use(notFoundHandler);

  // Malformed JSON bodies and other request errors are the client's, never an internal error.
  app.use(
    (
      err: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(err);
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      if (status === 500) logger.error({ err, requestId: currentRequestId() }, 'unhandled HTTP error');
      const requestId = currentRequestId() ?? null;
      const why =
        status === 500
          ? coreReasons.internal({ requestId })
          : status === 413
            ? coreReasons['request.bodyTooLarge']({ max: BODY_LIMIT })
            : coreReasons['request.badBody']({ problem: clip(err.message) });
      res.status(status).json({
        errors: [
          {
            message: renderReason(why),
            extensions:
              status === 500
                ? { code: 'INTERNAL_SERVER_ERROR', requestId, ...reasonExtensions(why) }
                : { code: 'BAD_USER_INPUT', field: null, ...reasonExtensions(why) },
          },
        ],
      });
    },
  );

  let wsCleanup: { dispose(): Promise<void> | void } | undefined;
  let wsServer: WebSocketServer | undefined;
  const attachSubscriptions = (server: http.Server) => {
    // Messages are never compressed (no per-message deflate), and no larger than an HTTP body.
    wsServer = new WebSocketServer({
      server,
      path: '/graphql',
      perMessageDeflate: false,
      maxPayload: MAX_SOCKET_MESSAGE_BYTES,
    });
    wsServer.on('error', (err) => logger.error({ err }, 'WebSocket server error'));
    wsCleanup = useServer(
      {
        schema,
        // The same checks as over HTTP: limits, no introspection in production, only subscriptions.
        onSubscribe: (_ctx, _id, payload) => checkSocketOperation(schema, payload, { schemaDetails }),
        // Secret ballot (docs/rules.md rule 7): a socket without a valid token is refused as it connects
        // (graphql-ws closes it with 4403 Forbidden), so an anonymous listener never subscribes
        // and learns nothing, not even when ballots are cast. The token is checked as a request's.
        onConnect: async (ctx) => {
          const authorization =
            typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
          if (!authorization) return false;
          try {
            const connecting = await createContext(shared, {
              requestId: randomUUID(),
              authorization,
              address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
            });
            return connecting.viewer !== null;
          } catch {
            return false;
          }
        },
        // The token travels in the connection's payload: { authorization: "Bearer <token>" }.
        context: (ctx) =>
          createContext(shared, {
            requestId: randomUUID(),
            authorization:
              typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined,
            address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          }),
        onError: (_ctx, _id, _payload, errors) => {
          logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
        },
      },
      wsServer,
    );
  };
  const jobs: Record<string, BackgroundJob> = Object.fromEntries(
    modules
      .flatMap((m) => ('jobs' in m ? [...m.jobs] : []))
      .map((job) => [job.name, job.create(db, options.jobs?.[job.name] as never)]),
  );
  return {
    app,
    attachSubscriptions,
    jobs,
    startJobs: () => Object.values(jobs).forEach((job) => job.start()),
    // Without the compiled executor Apollo runs graphql-js itself and nothing is counted.
    executions: () => compiled?.counts() ?? { compiled: 0, 'graphql-js': 0 },
    stop: async () => {
      await Promise.all(Object.values(jobs).map((job) => job.stop()));
      await wsCleanup?.dispose();
      wsServer?.close();
      await apollo.stop();
    },
  };
}
