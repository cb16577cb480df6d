import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './core/config';
import { createHttpServer } from './core/http-server';
import { createApp } from './app/app';
import { connectAndMigrate, createDataSource, markShuttingDown } from './app/database';
import { allReady, createPubSubFor } from './core/pubsub';
import { createLimitersFor } from './core/rate-limit';
import { createReplicaRouterFor } from './core/replica-setup';
import { logger } from './core/logger';
import { startEmbeddedPostgres, EmbeddedDatabase } from './core/embedded-postgres';
import { seedOnStart } from './demo/start.seed';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users';
import { startupErrorMessage } from './core/startup-error';

/**
 * `npm start`: connects to DATABASE_URL (or starts an embedded PostgreSQL under `.data/`),
 * migrates, fills an empty database with Shanghai's divisions, standard offices and the 黄浦区
 * demo set, then serves the API and admin until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
    url = embedded.url;
    logger.info(
      { dataDir: config.dataDir, port: config.embeddedPgPort },
      'embedded PostgreSQL started (no DATABASE_URL set)',
    );
  }
  const source = createDataSource(url, { replicaUrls: config.databaseReplicaUrls });
  const db = await connectAndMigrate(source);
  await seedOnStart(db, { demo: config.demo, divisionsDir: path.join(__dirname, '..', '..', 'data', 'divisions') });

  const bus = createPubSubFor(config.redisUrl);
  // With REDIS_URL, rate limits (sign-in, ballot codes) count in Redis, shared by every instance.
  const limits = createLimitersFor(config.redisUrl);
  // With DATABASE_REPLICA_URLS, queries read from the replicas (docs/scale-out.md).
  const replicas = await createReplicaRouterFor(db, config.databaseReplicaUrls, config.redisUrl);
  // The webhook dispatcher reads its settings from the environment (README, Settings); the overdue
  // marking of residents' matters (docs/rules.md rule 13) runs on the job queue in every instance
  // unless PINGYI_MATTER_JOBS=0.
  const { app, attachSubscriptions, startJobs, stop } = await createApp(db, {
    pubSub: bus.pubSub,
    jobs: { matters: { enabled: config.matterJobs, connectionString: url } },
    introspection: config.introspection,
    trustProxy: config.trustProxy,
    compiledExecutor: config.compiledExecutor,
    limiters: limits.limiters,
    redis: allReady(bus.redis, limits.redis),
    replicas: replicas?.router,
  });
  const server = createHttpServer(app);
  attachSubscriptions(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  startJobs();
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  console.log(
    `\nPingyi is running:\n  GraphQL   ${base}/graphql\n  Admin     ${base}/admin/\n  Residents ${base}/vote/\n  GraphiQL  ${base}/graphiql\n  Health    ${base}/healthz\n`,
  );
  if (config.demo) {
    console.log(`Demo users (demo data only), password "${DEMO_PASSWORD}":`);
    for (const user of DEMO_USERS)
      console.log(`  ${user.role.padEnd(15)} ${user.username.padEnd(18)} ${user.displayName}`);
    console.log('');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    logger.info({ signal }, 'shutting down');
    server.close();
    server.closeAllConnections();
    await stop().catch((err) => logger.error({ err }, 'stopping GraphQL failed'));
    await bus.close();
    await limits.close();
    await replicas?.close();
    await db.destroy().catch((err) => logger.error({ err }, 'closing the pool failed'));
    if (embedded) await embedded.stop().catch((err) => logger.error({ err }, 'stopping embedded PostgreSQL failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'Pingyi could not start');
  console.error(`Pingyi could not start: ${startupErrorMessage(err)}`);
  process.exit(1);
});
