import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const storage = new AsyncLocalStorage<{ requestId: string; operation?: 'query' | 'mutation' | 'subscription' }>();

/**
 * Express middleware: gives each HTTP request an id (the caller's `X-Request-Id` when it is a
 * short token, else a new UUID), echoes it in the response header and keeps it for the logs.
 */
export const requestScope: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id');
  const requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  storage.run({ requestId }, next);
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
