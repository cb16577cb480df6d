import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import { createLocalPubSub, PingyiPubSub } from './events';
import { logger } from './logger';

/** A pub/sub and how to close its connections. */
export interface PubSubHandle {
  pubSub: PingyiPubSub;
  close(): Promise<void>;
}

/**
 * The pub/sub of live updates: through Redis when `redisUrl` is set, so that every server
 * instance behind a load balancer delivers every event ("Scale-out"); in-process otherwise.
 * Connection errors are logged, never thrown at a request.
 */
export function createPubSubFor(redisUrl: string | undefined): PubSubHandle {
  if (!redisUrl) return { pubSub: createLocalPubSub(), close: async () => undefined };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  for (const client of [publishClient, subscribeClient]) client.on('error', (err) => logger.error({ err }, 'Redis error'));
  const pubSub = createPubSub<{ MEETING_PROGRESS: [string] }>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return {
    pubSub,
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
