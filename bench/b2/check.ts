import { postJson } from './http';
import { canonicalJson, QUERIES, B2Query, ServerKind } from './queries';
import { queryUrl, ServerUnderTest } from './servers';
import type { B2Targets } from './targets';

/** The request that asks `query` of a server of `kind`: address and JSON body text. */
export function requestFor(server: ServerUnderTest, query: B2Query, targets: B2Targets): { url: string; body: string } {
  const variables = query.variables(targets);
  const body =
    server.kind === 'raw'
      ? variables
      : { query: server.kind === 'pingyi' ? query.pingyi : query.postgraphile, variables };
  return { url: queryUrl(server, query.id), body: JSON.stringify(body) };
}

/** Asks `query` once and resolves to its normalised data; rejects on a non-200 answer or GraphQL errors. */
export async function ask(
  server: ServerUnderTest,
  query: B2Query,
  targets: B2Targets,
  token: string,
): Promise<unknown> {
  const { url, body } = requestFor(server, query, targets);
  const res = await postJson(url, JSON.parse(body), { token });
  if (res.status !== 200 || !res.json?.data || res.json.errors) {
    throw new Error(`${server.kind} ${query.id}: HTTP ${res.status} ${res.text.slice(0, 400)}`);
  }
  return query.normalise(server.kind, res.json.data, query.variables(targets));
}

/** The outcome of comparing one query's answers across the servers. */
export interface Agreement {
  query: B2Query;
  /** Whether every server gave the same normalised data. */
  same: boolean;
  /** Size of Pingyi's normalised answer (bytes of canonical JSON), to show the queries are not trivial. */
  bytes: number;
  /** For a difference: where the first one is and what each side had. */
  difference?: string;
}

/** The first place two JSON values differ, as "path: a ≠ b"; undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}

/**
 * Asks every query of every server once and compares the normalised answers with Pingyi's.
 * Resolves to one agreement per query (a server that fails counts as a difference).
 */
export async function compareServers(
  servers: ServerUnderTest[],
  targets: B2Targets,
  token: string,
): Promise<Agreement[]> {
  const agreements: Agreement[] = [];
  for (const query of QUERIES) {
    const answers = new Map<ServerKind, unknown>();
    const failures: string[] = [];
    for (const server of servers) {
      try {
        answers.set(server.kind, await ask(server, query, targets, token));
      } catch (err) {
        failures.push(err instanceof Error ? err.message : String(err));
      }
    }
    const reference = answers.get('pingyi');
    const differences = failures.slice();
    for (const [kind, answer] of answers) {
      if (kind === 'pingyi') continue;
      const d = firstDifference(reference, answer);
      if (d) differences.push(`pingyi vs ${kind} at ${d}`);
    }
    agreements.push({
      query,
      same: differences.length === 0,
      bytes: reference === undefined ? 0 : Buffer.byteLength(canonicalJson(reference)),
      difference: differences[0],
    });
  }
  return agreements;
}
