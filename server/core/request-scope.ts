import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** What one HTTP request carries through its asynchronous work. */
interface RequestStore {
  requestId: string;
  /** The client's address (Express's req.ip, under `trust proxy`), read when asked. */
  readonly address?: string;
  operation?: 'query' | 'mutation' | 'subscription';
  /** Chooses, once and only when a read asks, the replica this request's reads go to (replicas.ts). */
  readReplica?: () => Promise<number | undefined>;
}

const storage = new AsyncLocalStorage<RequestStore>();

/**
 * Express middleware: gives each HTTP request an id (the caller's `X-Request-Id` when it is a
 * short token, else a new UUID), echoes it in the response header and keeps it for the logs.
 */
export const requestScope: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id');
  const requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  // The address is worked out (proxy headers under `trust proxy`) only if something asks for it.
  storage.run(
    {
      requestId,
      get address() {
        return req.ip;
      },
    },
    next,
  );
};

/** The id of the HTTP request being served, or undefined outside one. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Records the kind of GraphQL operation the current request runs (set once it is resolved). */
export function setCurrentOperation(operation: 'query' | 'mutation' | 'subscription'): void {
  const store = storage.getStore();
  if (store) store.operation = operation;
}

/** The kind of GraphQL operation the current request runs, or undefined before it is known or outside one. */
export function currentOperation(): 'query' | 'mutation' | 'subscription' | undefined {
  return storage.getStore()?.operation;
}

/** The address of the client of the HTTP request being served, or undefined outside one. */
export function currentAddress(): string | undefined {
  return storage.getStore()?.address;
}

/**
 * Lets the current request's reads go to the replica `choose` gives (replicas.ts decides;
 * undefined: the primary). It is asked once, by the first read that reaches the database, so a
 * request that reads nothing there never pays for the choice.
 */
export function setReadReplica(choose: () => Promise<number | undefined>): void {
  const store = storage.getStore();
  if (!store) return;
  let chosen: Promise<number | undefined> | undefined;
  store.readReplica = () => (chosen ??= choose());
}

/** The replica the current request reads from, or undefined (the primary, or outside a request). */
export async function currentReadReplica(): Promise<number | undefined> {
  return storage.getStore()?.readReplica?.();
}
