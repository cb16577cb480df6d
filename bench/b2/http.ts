import http from 'node:http';

/** One JSON answer: HTTP status, the raw body text and the parsed body (undefined when not JSON). */
/** A GraphQL answer's body, as far as the benchmarks read it. */
export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface JsonAnswer {
  /** HTTP status code. */
  status: number;
  /** The body as received. */
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: GraphQLBody | undefined;
}

/** Options of `postJson`. */
export interface PostOptions {
  /** Sent as `Authorization: Bearer <token>` when given. */
  token?: string;
  /** Local address to connect from (e.g. "127.0.0.2", to spread sign-ins over loopback addresses). */
  localAddress?: string;
  /** Connection pool to use (keep-alive); default: a fresh connection. */
  agent?: http.Agent;
  /** Give up after this many ms (default 30000). */
  timeoutMs?: number;
}

/**
 * POSTs `body` as JSON to `url` with node:http and resolves to the answer; rejects on a network
 * error or after `timeoutMs` ms.
 */
export function postJson(url: string, body: unknown, options: PostOptions = {}): Promise<JsonAnswer> {
  const payload = Buffer.from(JSON.stringify(body));
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': payload.length,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers, agent: options.agent, localAddress: options.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: GraphQLBody | undefined;
          try {
            json = JSON.parse(text) as GraphQLBody;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, text, json });
        });
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () =>
      req.destroy(new Error(`no answer from ${url} within ${options.timeoutMs ?? 30_000} ms`)),
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Runs a GraphQL operation and resolves to its `data`; rejects with the first error's message and
 * code when the answer is not 200 or carries errors.
 */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: PostOptions = {},
): Promise<T> {
  const res = await postJson(url, { query, variables }, options);
  const errors = res.json?.errors;
  if (res.status !== 200 || errors?.length || !res.json) {
    const first = errors?.[0];
    throw new Error(
      `GraphQL ${res.status} from ${url}: ${first ? `${first.extensions?.code ?? ''} ${first.message}` : res.text.slice(0, 300)}`,
    );
  }
  return res.json.data as T;
}

/**
 * Signs in through Pingyi's `login` mutation and resolves to the token. `localAddress` picks the
 * loopback address to connect from (sign-ins are limited per address).
 */
export async function login(
  graphqlUrl: string,
  username: string,
  password: string,
  localAddress?: string,
): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    graphqlUrl,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
    { localAddress },
  );
  return data.login.token;
}
