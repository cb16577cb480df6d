/**
 * B2's server (c), the limit of this stack: bare node:http and pg, one hand-written SQL statement
 * per request (prepared once per connection) whose single text column is sent as the response. `POST /q1` … `/q4` with the
 * query's variables as the JSON body and `Authorization: Bearer <Pingyi token>`, checked as an
 * HS256 signature with the same secret. Run as a child process with DATABASE_URL, PORT and
 * B2_JWT_SECRET; prints "ready" once listening.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { Pool } from 'pg';
import { RAW_STATEMENTS } from './raw-sql';

const secret = Buffer.from(process.env.B2_JWT_SECRET ?? '', 'utf8');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.B2_POOL_SIZE ?? 10) });

/** Whether an `Authorization` header carries a valid, unexpired HS256 token signed with the secret. */
function authorised(header: string | undefined): boolean {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { exp?: number; iss?: string };
  return claims.iss === 'pingyi' && typeof claims.exp === 'number' && claims.exp * 1000 > Date.now();
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const statement = RAW_STATEMENTS[(req.url ?? '').slice(1)];
    if (req.method !== 'POST' || !statement) return send(res, 404, '{"errors":[{"message":"not found"}]}');
    if (!authorised(req.headers.authorization)) return send(res, 401, '{"errors":[{"message":"unauthenticated"}]}');
    let variables: Record<string, unknown>;
    try {
      variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return send(res, 400, '{"errors":[{"message":"bad JSON"}]}');
    }
    // A named statement: each connection plans it once, as a hand-tuned server would.
    pool.query({ name: req.url!.slice(1), text: statement.sql, values: statement.params(variables) }).then(
      (result) => send(res, 200, result.rows[0].body as string),
      (err: Error) => send(res, 500, JSON.stringify({ errors: [{ message: err.message }] })),
    );
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
