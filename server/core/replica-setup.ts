import type { DataSource } from 'typeorm';
import { createRedisClient } from './pubsub';
import { ReplicaRouter, type ReplicaOptions } from './replicas';
import { redisWritePositions } from './write-positions';

/** A started replica router and how to stop it with what it holds. */
export interface ReplicaRouterHandle {
  router: ReplicaRouter;
  close(): Promise<void>;
}

/**
 * The replica router of a process (docs/scale-out.md), or undefined without replicas: over
 * `replicaUrls`, with the writers' positions in Redis when `redisUrl` is set (every instance then
 * knows who wrote what; keys under `positionsPrefix`, default `pingyi:wal`), in this process otherwise. Resolves after the first health check, so that
 * the first queries already read from the replicas that answer.
 */
export async function createReplicaRouterFor(
  db: DataSource,
  replicaUrls: readonly string[],
  redisUrl: string | undefined,
  options: Omit<ReplicaOptions, 'positions'> & { positionsPrefix?: string } = {},
): Promise<ReplicaRouterHandle | undefined> {
  if (replicaUrls.length === 0) return undefined;
  const client = redisUrl ? createRedisClient(redisUrl, 'write positions') : undefined;
  const router = new ReplicaRouter(db, replicaUrls, {
    ...options,
    positions: client ? redisWritePositions(client, options.positionsPrefix) : undefined,
  });
  await router.start();
  return {
    router,
    close: async () => {
      await router.stop();
      if (client?.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client?.disconnect();
    },
  };
}
