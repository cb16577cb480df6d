/**
 * A meeting's live progress for the chair's screen: the `meetingProgress` subscription
 * (meetings.graphql) over graphql-ws on the same origin's /graphql (the token in the connection's
 * payload), and, when the socket cannot be used, the `progress` field polled every 5 seconds
 * through the data provider (`meetingProgress`).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createClient, type Client } from 'graphql-ws';
import { currentToken } from '../authProvider';
import { usePingyiDataProvider } from '../common/providerHooks';
import { Answer } from '../dataProvider/call';
import type { Progress } from '../dataProvider/types';
import { MeetingProgressDocument, type MeetingProgressSubscription } from '../gql/graphql';

/** How often the fallback polls, in milliseconds. */
export const POLL_INTERVAL_MS = 5000;

/** A socket closed this many times without connecting in between is given up for polling. */
const MAX_CLOSINGS = 2;

/** How progress reaches the screen: connecting, pushed over the socket, or polled. */
export type ProgressMode = 'connecting' | 'live' | 'polling';

/** ws(s)://<this host>/graphql, next to the page. */
export function subscriptionUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * The progress of meeting `meetingId`, first read by query, then kept up to date by the
 * subscription (or polling after the socket failed); `enabled` false reads it once, `readable`
 * false not at all (the caller may not read it).
 */
export function useMeetingProgress(
  meetingId: string,
  enabled: boolean,
  readable = true,
): { progress: Progress | null; mode: ProgressMode } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [mode, setMode] = useState<ProgressMode>('connecting');
  const dataProvider = usePingyiDataProvider();
  const provider = useRef(dataProvider);
  useLayoutEffect(() => {
    provider.current = dataProvider;
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    let client: Client | undefined;
    let unsubscribe: (() => void) | undefined;
    const read = () =>
      provider.current.meetingProgress(meetingId).then(
        (next) => !stopped && next instanceof Answer && next.data && setProgress(next.data),
        () => undefined,
      );
    const poll = () => {
      if (stopped || timer) return;
      setMode('polling');
      timer = setInterval(read, POLL_INTERVAL_MS);
      void read();
    };
    // The socket is given up for polling: no more reconnecting.
    const giveUp = () => {
      unsubscribe?.();
      void client?.dispose();
      poll();
    };
    // Closings since the last successful connection (graphql-ws reconnects after a normal close).
    let closings = 0;
    if (!readable) return undefined;
    void read();
    if (enabled) {
      try {
        client = createClient({
          url: subscriptionUrl(),
          connectionParams: () => ({ authorization: `Bearer ${currentToken() ?? ''}` }),
          retryAttempts: 0,
          on: {
            // Whatever changed between the first read and the subscription's start.
            connected: () => {
              closings = 0;
              if (stopped) return;
              setMode('live');
              void read();
            },
            closed: () => {
              closings += 1;
              if (!stopped && closings >= MAX_CLOSINGS) giveUp();
            },
          },
        });
        unsubscribe = client.subscribe<MeetingProgressSubscription>(
          { query: String(MeetingProgressDocument), variables: { meetingId } },
          {
            next: (message) => {
              if (stopped) return;
              if (message.data?.meetingProgress) setProgress(message.data.meetingProgress);
              // The server could not compute this update: read the progress instead.
              else void read();
            },
            error: poll,
            complete: poll,
          },
        );
      } catch {
        poll();
      }
    }
    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
      unsubscribe?.();
      void client?.dispose();
    };
  }, [meetingId, enabled, readable]);

  return { progress, mode };
}
