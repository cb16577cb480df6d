import { createPubSub } from '@graphql-yoga/subscription';

/**
 * The pub/sub behind live updates and GraphQL subscriptions: a topic (e.g. a module's
 * `MEETING_PROGRESS`) carries the id of what changed. In-process by default; pubsub.ts makes one
 * over Redis for several instances. The kernel knows no topic: each module names its own.
 */
export type PingyiPubSub = ReturnType<typeof createPubSub<Record<string, [string]>>>;

/** Creates an in-process pub/sub (one server instance). */
export function createLocalPubSub(): PingyiPubSub {
  return createPubSub<Record<string, [string]>>();
}

/** Live updates as services and event subscribers use them. */
export interface LiveUpdates {
  /** Announces that the record with this id changed, to every subscriber of `topic` (every instance's, through the pub/sub). */
  publish(topic: string, id: string): void;
  /** The ids announced on `topic` from now on: for a subscription that has checked who may listen before it starts. */
  subscribe(topic: string): AsyncIterable<string>;
}

/** Live updates over a pub/sub. */
export function liveUpdates(pubSub: PingyiPubSub): LiveUpdates {
  return {
    publish: (topic, id) => pubSub.publish(topic, id),
    subscribe: (topic) => pubSub.subscribe(topic),
  };
}
