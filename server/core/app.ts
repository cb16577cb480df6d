import fs from 'node:fs';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { DataSource } from 'typeorm';
import { LoginThrottle } from '../auth/throttle';
import { createContext, Context, Shared } from './context';
import { createLocalPubSub, domainEvents, PingyiPubSub } from './events';
import { formatError } from './errors';
import { complexityPlugin, depthRule } from './limits';
import { logger } from './logger';
import { currentRequestId, requestScope } from './request-scope';
import { getSchema } from './schema';
import { LimiterFactory, memoryLimiters } from './rate-limit';
import { RESULTS_EXPORT_PATH, resultsExportHandler } from '../integration/export.route';
import { DispatcherOptions, WebhookDispatcher } from '../webhook';

/** The package's root folder, whether this file runs from server/core or, compiled, from dist/server/core. */
const ROOT = [path.join(__dirname, '..', '..'), path.join(__dirname, '..', '..', '..')].find((dir) => fs.existsSync(path.join(dir, 'package.json')))!;

/** Folder of the built admin panel (Vite output). */
export const ADMIN_DIST = path.join(ROOT, 'admin', 'dist');

/** The running HTTP application, how to add subscriptions to its HTTP server, and how to stop it. */
export interface PingyiApp {
  app: express.Express;
  /** Serves GraphQL subscriptions (graphql-ws) on `/graphql` of this HTTP server. */
  attachSubscriptions(server: http.Server): void;
  /** Sends the webhook outbox; not started here: call `webhooks.start()` (main and the test server do). `stop` stops it. */
  webhooks: WebhookDispatcher;
  stop(): Promise<void>;
}

/**
 * Builds the HTTP application over a connected data source: GraphQL at `/graphql` (POST, and GET
 * for queries), the admin at `/admin/`, the offline GraphiQL at `/graphiql`, and `/healthz`
 * (200 when PostgreSQL answers, 503 otherwise).
 */
export async function createApp(db: DataSource, options: { pubSub?: PingyiPubSub; webhooks?: Partial<DispatcherOptions>; limiters?: LimiterFactory } = {}): Promise<PingyiApp> {
  const pubSub = options.pubSub ?? createLocalPubSub();
  const schema = await getSchema(pubSub);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthRule],
    // Pingyi sends no cache hints; Apollo's default cache-control plugin would otherwise wrap
    // every field's resolver with a per-field hook (see BENCHMARKS.md, B2).
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), complexityPlugin(schema)],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  const limiters = options.limiters ?? memoryLimiters;
  const shared: Shared = { db, throttle: new LoginThrottle(limiters), events: domainEvents(pubSub), limiters };
  const app = express();
  app.disable('x-powered-by');
  app.use(requestScope);

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch (err) {
      logger.error({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(shared, { requestId: currentRequestId() ?? 'unknown', authorization: req.headers.authorization, address: req.ip ?? 'unknown' }),
    }),
  );

  app.get(RESULTS_EXPORT_PATH, resultsExportHandler(shared));
  app.get('/', (_req, res) => res.redirect('/admin/'));
  const graphiqlPage = path.join(ADMIN_DIST, 'graphiql.html');
  app.get('/graphiql', (_req, res) => {
    if (fs.existsSync(graphiqlPage)) res.sendFile(graphiqlPage);
    else res.status(503).type('text').send('GraphiQL is not built yet: run `npm run build:admin`.');
  });
  app.use('/admin', express.static(ADMIN_DIST, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/admin(\/.*)?$/, (_req, res) => {
    const index = path.join(ADMIN_DIST, 'index.html');
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(503).type('text').send('The admin panel is not built yet: run `npm run build:admin`.');
  });

  // Malformed JSON bodies and other request errors are the client's, never an internal error.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err, requestId: currentRequestId() }, 'unhandled HTTP error');
    res.status(status).json({
      errors: [
        status === 500
          ? { message: `Internal server error (request id ${currentRequestId()})`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: currentRequestId() } }
          : { message: `Bad request: ${err.message}`, extensions: { code: 'BAD_USER_INPUT', field: null } },
      ],
    });
  });

  let wsCleanup: { dispose(): Promise<void> | void } | undefined;
  let wsServer: WebSocketServer | undefined;
  const attachSubscriptions = (server: http.Server) => {
    wsServer = new WebSocketServer({ server, path: '/graphql' });
    wsServer.on('error', (err) => logger.error({ err }, 'WebSocket server error'));
    wsCleanup = useServer(
      {
        schema,
        // Secret ballot (DESIGN rule 7): a socket without a valid token is refused as it connects
        // (graphql-ws closes it with 4403 Forbidden), so an anonymous listener never subscribes
        // and learns nothing, not even when ballots are cast. The token is checked as a request's.
        onConnect: async (ctx) => {
          const authorization = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
          if (!authorization) return false;
          try {
            const connecting = await createContext(shared, { requestId: randomUUID(), authorization, address: ctx.extra.request.socket.remoteAddress ?? 'unknown' });
            return connecting.viewer !== null;
          } catch {
            return false;
          }
        },
        // The token travels in the connection's payload: { authorization: "Bearer <token>" }.
        context: (ctx) =>
          createContext(shared, {
            requestId: randomUUID(),
            authorization: typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined,
            address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          }),
        onError: (_ctx, _id, _payload, errors) => {
          logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
        },
      },
      wsServer,
    );
  };
  const webhooks = new WebhookDispatcher(db, options.webhooks);
  return {
    app,
    attachSubscriptions,
    webhooks,
    stop: async () => {
      await webhooks.stop();
      await wsCleanup?.dispose();
      wsServer?.close();
      await apollo.stop();
    },
  };
}
