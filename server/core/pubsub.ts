import { createPubSub } from '@graphql-yoga/subscription';
import { Redis, RedisOptions } from 'ioredis';
import { createLocalPubSub, PingyiPubSub } from './live';
import { logger } from './logger';

/** Whether a Redis connection is usable right now, for /healthz. */
export interface RedisHealth {
  /** True while connected and ready; false while connecting, reconnecting or closed. */
  ready(): boolean;
}

/** A pub/sub, how to close its connections, and (with Redis) whether Redis answers. */
export interface PubSubHandle {
  pubSub: PingyiPubSub;
  /** With REDIS_URL: the state of its connections; without: undefined (nothing to report). */
  redis?: RedisHealth;
  close(): Promise<void>;
}

/**
 * One health of several Redis connections (the pub/sub's, the rate limits'): ready only while all
 * given are; undefined when none is given (no Redis configured, nothing to report).
 */
export function allReady(...connections: (RedisHealth | undefined)[]): RedisHealth | undefined {
  const present = connections.filter((c): c is RedisHealth => c !== undefined);
  return present.length === 0 ? undefined : { ready: () => present.every((c) => c.ready()) };
}

/** Longest wait between two reconnection attempts, in ms. */
export const REDIS_MAX_RECONNECT_DELAY_MS = 2000;

/**
 * Builds an ioredis client that never takes the process down and never lets commands pile up
 * while Redis is away, for the pub/sub here and for anything else that uses
 * Redis (the rate limits):
 * - `error` events are logged (once per outage, not once per attempt) instead of being
 *   unhandled, which would crash the process;
 * - it reconnects for ever, 100 ms after a loss and then up to REDIS_MAX_RECONNECT_DELAY_MS apart;
 * - no offline queue and `maxRetriesPerRequest: 1`: while disconnected a command is refused at
 *   once (its promise rejects, the caller decides), instead of waiting in memory;
 * - a connection attempt gives up after 2 s.
 * `name` ("publish", "subscribe", "limits") tells the clients apart in the logs. `options`
 * override these defaults.
 */
export function createRedisClient(url: string, name: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** (attempt - 1), REDIS_MAX_RECONNECT_DELAY_MS),
    ...options,
  });
  let down = false;
  client.on('error', (err: Error & { code?: string }) => {
    if (down) return;
    down = true;
    logger.error({ redis: name, code: err.code, message: err.message }, 'Redis unavailable; reconnecting');
  });
  client.on('ready', () => {
    if (down) logger.info({ redis: name }, 'Redis available again');
    down = false;
  });
  return client;
}

/** A listener as EventTarget takes it: a function or an object with `handleEvent`. */
type Listener = ((event: Event) => void) | { handleEvent(event: Event): void };

/**
 * An EventTarget over Redis pub/sub for @graphql-yoga/subscription, which survives Redis
 * outages: a publish that fails is logged and delivered to this instance's own subscribers
 * only (an event is a "meeting changed" signal, and subscribers read the current counts, so a
 * lost one is made good by the next); channels are subscribed again each time the connection is
 * ready, so subscriptions made before or during an outage resume when Redis returns.
 */
function resilientRedisTarget(publishClient: Redis, subscribeClient: Redis): EventTarget {
  const callbacksForTopic = new Map<string, Set<(event: Event) => void>>();
  const deliverLocally = (topic: string, detail: unknown) => {
    const event = new CustomEvent(topic, { detail });
    for (const callback of callbacksForTopic.get(topic) ?? []) callback(event);
  };
  const subscribe = (topic: string) =>
    subscribeClient
      .subscribe(topic)
      .catch((err: Error) =>
        logger.warn({ topic, message: err.message }, 'Redis subscribe failed; retried when Redis is back'),
      );
  subscribeClient.on('message', (channel: string, message: string) => {
    try {
      deliverLocally(channel, message === '' ? null : JSON.parse(message));
    } catch (err) {
      logger.warn({ channel, message: (err as Error).message }, 'unreadable live event from Redis ignored');
    }
  });
  subscribeClient.on('ready', () => {
    for (const topic of callbacksForTopic.keys()) void subscribe(topic);
  });
  const callbackOf = (listener: Listener) =>
    'handleEvent' in listener ? (e: Event) => listener.handleEvent(e) : listener;
  const listeners = new WeakMap<Listener, (event: Event) => void>();
  return {
    addEventListener(topic: string, listener: Listener | null) {
      if (!listener) return;
      const callback = listeners.get(listener) ?? callbackOf(listener);
      listeners.set(listener, callback);
      let callbacks = callbacksForTopic.get(topic);
      if (!callbacks) {
        callbacks = new Set();
        callbacksForTopic.set(topic, callbacks);
        void subscribe(topic);
      }
      callbacks.add(callback);
    },
    removeEventListener(topic: string, listener: Listener | null) {
      const callback = listener && listeners.get(listener);
      const callbacks = callbacksForTopic.get(topic);
      if (!callback || !callbacks) return;
      callbacks.delete(callback);
      if (callbacks.size > 0) return;
      callbacksForTopic.delete(topic);
      subscribeClient.unsubscribe(topic).catch(() => undefined);
    },
    dispatchEvent(event: Event) {
      const detail = (event as CustomEvent).detail;
      publishClient.publish(event.type, detail === undefined ? '' : JSON.stringify(detail)).catch((err: Error) => {
        logger.warn(
          { topic: event.type, message: err.message },
          'live event not sent through Redis; delivered on this instance only',
        );
        deliverLocally(event.type, detail ?? null);
      });
      return true;
    },
  };
}

/**
 * The pub/sub of live updates: through Redis when `redisUrl` is set, so that every server
 * instance behind a load balancer delivers every event ("Scale-out"); in-process otherwise.
 * A Redis outage is logged, never thrown at a request nor fatal to the process (see
 * createRedisClient and resilientRedisTarget); `redis.ready()` reports it to /healthz.
 */
export function createPubSubFor(redisUrl: string | undefined): PubSubHandle {
  if (!redisUrl) return { pubSub: createLocalPubSub(), close: async () => undefined };
  const publishClient = createRedisClient(redisUrl, 'publish');
  const subscribeClient = createRedisClient(redisUrl, 'subscribe');
  const pubSub = createPubSub<Record<string, [string]>>({
    eventTarget: resilientRedisTarget(publishClient, subscribeClient),
  });
  return {
    pubSub,
    redis: { ready: () => publishClient.status === 'ready' && subscribeClient.status === 'ready' },
    // A client that is not connected is dropped at once: quit would wait for a reconnection.
    close: async () => {
      await Promise.allSettled(
        [publishClient, subscribeClient].map((c) => (c.status === 'ready' ? c.quit() : c.disconnect())),
      );
    },
  };
}
