import http from 'node:http';
import type { GqlResponse, TestServer } from './server';

/**
 * POSTs a GraphQL operation without a token to `server` from the local address `from` (e.g.
 * 127.0.0.9), so that a test of per-address limits has addresses of its own.
 */
export function gqlFrom(
  server: TestServer,
  from: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlResponse> {
  const url = new URL(`${server.url}/graphql`);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text) as GqlResponse));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
