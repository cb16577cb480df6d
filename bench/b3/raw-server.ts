/**
 * B3's anchor (c), the limit of this stack for a ballot: bare node:http and pg, one hand-written
 * statement per ballot, prepared once per connection. It takes the very request B3 sends Pingyi
 * (`{ query, variables: { input } }` with `Authorization: Bearer <Pingyi token>`, the token checked
 * as an HS256 signature with the same secret), derives the ballot and reader keys as Pingyi does
 * (HMAC-SHA256 under a key derived from the secret) and makes the same two writes: the voter roll
 * (meeting, official, voter) once, and the ballot inserted or replaced by its key, while the
 * meeting is OPEN (its row in SHARE mode) and the voter registered for it. It checks nothing else
 * (no scope, criteria, comment, attendance roll or audit entry) and answers
 * `{"data":{"submitRating":{"replaced":…}}}`, or FORBIDDEN when nothing was written. Run as a
 * child process with DATABASE_URL, PORT and B3_JWT_SECRET (B3_POOL_SIZE, default 10 as Pingyi's
 * pool); prints "ready" once listening.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { Pool } from 'pg';

const secret = Buffer.from(process.env.B3_JWT_SECRET ?? '', 'utf8');
const ballotHmacKey = createHmac('sha256', secret).update('pingyi-ballot-key').digest();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.B3_POOL_SIZE ?? 10) });

const CAST = `WITH open_meeting AS (
  SELECT m.id FROM evaluation_meeting m
  WHERE m.id = $1 AND m.status = 'OPEN'
    AND EXISTS (SELECT 1 FROM meeting_representative mr WHERE mr.meeting_id = m.id AND mr.user_id = $8)
    AND EXISTS (SELECT 1 FROM meeting_official mo WHERE mo.meeting_id = m.id AND mo.official_id = $2)
  FOR SHARE OF m
), roll AS (
  INSERT INTO participation (meeting_id, official_id, voter) SELECT id, $2, $3 FROM open_meeting ON CONFLICT DO NOTHING RETURNING 1
), earlier AS (
  SELECT reader_key FROM rating WHERE meeting_id = $1 AND official_id = $2 AND ballot_key = $4
), cast_ballot AS (
  INSERT INTO rating (meeting_id, official_id, ballot_key, reader_key, satisfaction, scores, comment)
  SELECT id, $2, $4, $9, $5, $6, $7 FROM open_meeting
  ON CONFLICT (meeting_id, official_id, ballot_key)
  DO UPDATE SET satisfaction = EXCLUDED.satisfaction, scores = EXCLUDED.scores, comment = EXCLUDED.comment, reader_key = EXCLUDED.reader_key
  RETURNING id
)
SELECT EXISTS (SELECT 1 FROM cast_ballot) AS cast, COALESCE((SELECT reader_key FROM earlier) = $9, false) AS replaced`;

interface Claims {
  sub?: string;
  jti?: string;
  exp?: number;
  iss?: string;
}

/** The claims of a valid, unexpired HS256 token signed with the secret, or null. */
function claimsOf(header: string | undefined): Claims | null {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Claims;
  const live = claims.iss === 'pingyi' && typeof claims.exp === 'number' && claims.exp * 1000 > Date.now();
  return live && typeof claims.sub === 'string' ? claims : null;
}

const hmac = (text: string) => createHmac('sha256', ballotHmacKey).update(text).digest('hex');

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const refuse = (code: string) => JSON.stringify({ errors: [{ message: code, extensions: { code } }] });

interface RatingInput {
  meetingId: string;
  officialId: string;
  satisfaction: string;
  scores: { key: string; score: number }[];
  comment?: string | null;
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (req.method !== 'POST') return send(res, 404, refuse('NOT_FOUND'));
    const claims = claimsOf(req.headers.authorization);
    if (!claims) return send(res, 401, refuse('UNAUTHENTICATED'));
    let input: RatingInput;
    try {
      input = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { input: RatingInput } }).variables
        .input;
    } catch {
      return send(res, 400, refuse('BAD_USER_INPUT'));
    }
    const { meetingId, officialId } = input;
    const values = [
      meetingId,
      officialId,
      `user:${claims.sub}`,
      hmac(`${meetingId}|${officialId}|user:${claims.sub}`),
      input.satisfaction,
      JSON.stringify(Object.fromEntries(input.scores.map((s) => [s.key, s.score]))),
      input.comment?.trim() || null,
      claims.sub,
      hmac(`reader|${meetingId}|${officialId}|session:${claims.jti ?? 'none'}`),
    ];
    pool.query<{ cast: boolean; replaced: boolean }>({ name: 'cast', text: CAST, values }).then(
      ({ rows: [row] }) =>
        row.cast
          ? send(res, 200, JSON.stringify({ data: { submitRating: { replaced: row.replaced } } }))
          : send(res, 200, refuse('FORBIDDEN')),
      (err: Error) => send(res, 500, JSON.stringify({ errors: [{ message: err.message }] })),
    );
  });
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
