import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../../server/core/http-server';
import type { DataSource } from 'typeorm';
import { createApp } from '../../server/app/app';
import { connectAndMigrate, createDataSource } from '../../server/app/database';
import { allReady, createPubSubFor } from '../../server/core/pubsub';
import { createLimitersFor } from '../../server/core/rate-limit';
import { createReplicaRouterFor } from '../../server/core/replica-setup';
import type { ReplicaRouter } from '../../server/core/replicas';
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import { DELIVERY_SQL_TAG } from '../../server/webhook';
import { LOGIN } from './operations';
import type { Mutation, Query } from './__generated__/schema';

/**
 * What a test reads from an answer when it names no type of its own: the schema's root fields
 * (test/support/__generated__/schema.ts, `npm run codegen:test`), so every field a test reads is
 * checked against the schema. A test that uses aliases, introspection or a fragment on an
 * interface names the answer's shape itself (`gql<{ a: Query['districts'] }>(…)`).
 */
export type Answer = Query & Mutation;

/** A GraphQL response as the tests read it: `data` of type `T` (absent or null when the operation failed) and the errors. */
export interface GqlResponse<T = Answer> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions: { code: string; field?: string | null; [k: string]: unknown };
  }[];
}

/** A Pingyi server started for one test file, on a random local port. */
export interface TestServer {
  url: string;
  db: DataSource;
  /**
   * POSTs a GraphQL operation to /graphql and returns the parsed body. Sends `token` as a Bearer
   * token: by default the one `signIn` stored, `null` for none.
   */
  gql<T = Answer>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<GqlResponse<T>>;
  /** Signs in through the `login` mutation and returns the token (the demo password by default). */
  login(username: string, password?: string): Promise<string>;
  /** Signs in and makes that user's token the default of `gql`. */
  signIn(username: string): Promise<string>;
  /** The Authorization header of the default token, for raw HTTP requests. */
  authHeader(): Record<string, string>;
  /**
   * The live-update topic the server announces meeting changes on (ids of meetings whose progress
   * changed), as its subscriptions hear it: for tests that count what is announced.
   */
  meetingChanges(): AsyncIterable<string>;
  /** Runs `work` and returns how many SQL statements the server sent meanwhile (not counting the webhook delivery task's). */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  /** How many operations ran compiled and how many on graphql-js so far (createApp's `executions`). */
  executions(): { compiled: number; 'graphql-js': number };
  /** With `replicaUrls`: the router of the queries' reads (replicas.ts). */
  replicas?: ReplicaRouter;
  close(): Promise<void>;
}

// The tests' webhook receivers listen on 127.0.0.1 (README, Settings).
process.env.PINGYI_WEBHOOK_ALLOW_PRIVATE ??= '1';

/** Webhook deliveries of test servers: 8 attempts a series, a 2 s answer time, a quick look for due retries. */
export const TEST_WEBHOOK_OPTIONS = {
  maxAttempts: 8,
  timeoutMs: 2000,
  pollIntervalMs: 100,
};

/** How a test server is started; see startTestServer. */
export interface TestServerOptions {
  /** Redis for live updates and rate limits, as REDIS_URL for `npm start`; in-process without. */
  redisUrl?: string;
  /** Redis for the rate limits only (default `redisUrl`). */
  limitsRedisUrl?: string;
  /**
   * Key prefix of the rate limits (and, with replicas, of the writers' positions: `<prefix>:wal`) in
   * Redis; default one of this server only, so runs never share counts. Give two servers the same to share them.
   */
  limitKeyPrefix?: string;
  /** false: do not run the webhook job queue (the test drives it: deliverWebhooks in webhook-fixture.ts). */
  webhooks?: boolean;
  /** Overrides what the environment decides about introspection (see createApp). */
  introspection?: boolean;
  /** Express's `trust proxy` (see createApp), e.g. `loopback` to believe the test's X-Forwarded-For. */
  trustProxy?: false | number | string;
  /** Overrides what the environment decides about the compiled executor (see createApp). */
  compiledExecutor?: boolean;
  /** Streaming replicas for the queries' reads (DATABASE_REPLICA_URLS), checked every `replicaCheckIntervalMs`. */
  replicaUrls?: string[];
  /** Milliseconds between the replicas' health checks (default 1000); a test that calls `checkNow` itself sets it long. */
  replicaCheckIntervalMs?: number;
}

/**
 * Starts the real HTTP application (createApp) against the database at `databaseUrl`, with the
 * webhook deliveries running on the job queue unless `webhooks: false`, and its rate limits in Redis
 * when a Redis URL is given (as `npm start` does with REDIS_URL). `introspection` overrides what
 * the environment decides (off with NODE_ENV=production unless PINGYI_INTROSPECTION=1).
 */
export async function startTestServer(databaseUrl: string, options: TestServerOptions = {}): Promise<TestServer> {
  const source = createDataSource(databaseUrl, { poolSize: 20, replicaUrls: options.replicaUrls });
  const db = await connectAndMigrate(source);
  const bus = createPubSubFor(options.redisUrl);
  const keyPrefix = options.limitKeyPrefix ?? `pingyi-test-${randomUUID()}`;
  const limits = createLimitersFor(options.limitsRedisUrl ?? options.redisUrl, keyPrefix);
  const replicas = await createReplicaRouterFor(db, options.replicaUrls ?? [], options.redisUrl, {
    checkIntervalMs: options.replicaCheckIntervalMs,
    positionsPrefix: `${keyPrefix}:wal`,
  });
  // The app and its modules from the composition root (server/app/modules.ts), as `npm start` runs them.
  const { app, attachSubscriptions, startJobs, stop, executions } = await createApp(db, {
    pubSub: bus.pubSub,
    // The matters' job queue is driven by hand in the tests that need it (never racing a test).
    jobs: { webhooks: TEST_WEBHOOK_OPTIONS, matters: { enabled: false } },
    introspection: options.introspection,
    trustProxy: options.trustProxy ?? false,
    compiledExecutor: options.compiledExecutor,
    limiters: limits.limiters,
    redis: allReady(bus.redis, limits.redis),
    replicas: replicas?.router,
  });
  if (options.webhooks !== false) startJobs();
  // The same server as npm start's, keep-alive included: a reused idle connection never races its close.
  const server = createHttpServer(app);
  attachSubscriptions(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let defaultToken: string | null = null;
  const gql: TestServer['gql'] = async <T = Answer>(
    query: string,
    variables?: Record<string, unknown>,
    options: { token?: string | null } = {},
  ) => {
    const token = options.token === undefined ? defaultToken : options.token;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await gql(LOGIN, { username, password }, { token: null });
    if (!res.data?.login?.token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token as string;
  };
  return {
    url,
    db,
    gql,
    login,
    replicas: replicas?.router,
    async signIn(username) {
      defaultToken = await login(username);
      return defaultToken;
    },
    meetingChanges: () => bus.pubSub.subscribe('MEETING_PROGRESS'),
    authHeader(): Record<string, string> {
      const headers: Record<string, string> = {};
      if (defaultToken) headers.authorization = `Bearer ${defaultToken}`;
      return headers;
    },
    async countQueries(work) {
      let count = 0;
      const listener = (sql: string) => {
        if (!sql.startsWith(DELIVERY_SQL_TAG)) count += 1;
      };
      source.queryListeners.add(listener);
      try {
        await work();
      } finally {
        source.queryListeners.delete(listener);
      }
      return count;
    },
    executions,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await bus.close();
      await limits.close();
      await replicas?.close();
      await db.destroy();
    },
  };
}
