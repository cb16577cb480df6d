import { createPubSub } from '@graphql-yoga/subscription';

/** Topics of live updates. `MEETING_PROGRESS` carries the id of the meeting that changed. */
export const Topic = { MEETING_PROGRESS: 'MEETING_PROGRESS' } as const;

/** The pub/sub behind subscriptions: in-process by default; see server/core/pubsub.ts for Redis. */
export type PingyiPubSub = ReturnType<typeof createPubSub<{ MEETING_PROGRESS: [string] }>>;

/** Creates an in-process pub/sub (one server instance). */
export function createLocalPubSub(): PingyiPubSub {
  return createPubSub<{ MEETING_PROGRESS: [string] }>();
}

/** What services announce after a change commits, and how a subscription listens to it. */
export interface DomainEvents {
  /** A meeting's progress or state changed (a rating, opening, closing, a registration). */
  meetingChanged(meetingId: string): void;
  /**
   * The ids of the meetings that change from now on, as announced (every instance's, through the
   * pub/sub): for a subscription that has checked who may listen before it starts.
   */
  meetingChanges(): AsyncIterable<string>;
}

/** Announces domain events on a pub/sub, and listens to them. */
export function domainEvents(pubSub: PingyiPubSub): DomainEvents {
  return {
    meetingChanged: (meetingId) => pubSub.publish(Topic.MEETING_PROGRESS, meetingId),
    meetingChanges: () => pubSub.subscribe(Topic.MEETING_PROGRESS),
  };
}
