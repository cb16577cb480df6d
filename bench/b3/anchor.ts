import path from 'node:path';
import { signingSecret } from '../lib/context';
import type { BenchContext } from '../lib/report';
import { startScriptServer, transpileFolder } from '../lib/script-server';

/** The anchor server while it runs: where it answers, and how to stop it. */
export interface AnchorServer {
  /** The address B3 posts its ratings to (any path answers). */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts B3's raw http + pg server (raw-server.ts, transpiled to plain JavaScript in a temporary
 * folder so that no compiler runs beside it) on a free port, with Pingyi's signing secret so that
 * it takes the representatives' tokens; resolves once it listens. Stopped on cleanup too.
 */
export async function startAnchor(ctx: BenchContext): Promise<AnchorServer> {
  const script = path.join(transpileFolder(ctx, path.join('bench', 'b3')), 'raw-server.js');
  const { port, stop } = await startScriptServer(ctx, 'the raw server', script, {
    DATABASE_URL: ctx.databaseUrl,
    B3_JWT_SECRET: await signingSecret(ctx.databaseUrl),
  });
  return { url: `http://127.0.0.1:${port}/rate`, stop };
}
