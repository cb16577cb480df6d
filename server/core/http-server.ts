import http from 'node:http';
import type { RequestListener } from 'node:http';

/**
 * The HTTP server in front of an app, used by `npm start` and by the tests alike.
 *
 * Idle keep-alive connections stay open for 65 s instead of Node's 5 s default: tablets in a
 * meeting pause between ballots, and a client that reuses a connection at the moment the server
 * closes it sees "other side closed" on a request it did send (BENCHMARKS.md, B3). 65 s also
 * outlives the usual 60 s idle timeout of a load balancer in front of several instances.
 *
 * @param app the request listener (the Express app from `createApp`)
 * @returns a server not yet listening
 */
export function createHttpServer(app: RequestListener): http.Server {
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  // Must exceed keepAliveTimeout, or a slow request's headers are cut at the old default.
  server.headersTimeout = 66_000;
  return server;
}
