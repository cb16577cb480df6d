import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp } from '../../server/core/app';
import { connectAndMigrate, createDataSource } from '../../server/core/database';

/** A GraphQL response as the tests read it. */
export interface GqlResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string; field?: string | null; [k: string]: unknown } }[];
}

/** A Pingyi server started for one test file, on a random local port. */
export interface TestServer {
  url: string;
  db: DataSource;
  /** POSTs a GraphQL operation to /graphql and returns the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** Runs `work` and returns how many SQL statements the server sent meanwhile. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** Starts the real HTTP application (createApp) against the database at `databaseUrl`. */
export async function startTestServer(databaseUrl: string): Promise<TestServer> {
  const source = createDataSource(databaseUrl, { poolSize: 20 });
  const db = await connectAndMigrate(source);
  const { app, stop } = await createApp(db);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse;
    },
    async countQueries(work) {
      let count = 0;
      const listener = () => {
        count += 1;
      };
      source.queryListeners.add(listener);
      try {
        await work();
      } finally {
        source.queryListeners.delete(listener);
      }
      return count;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await db.destroy();
    },
  };
}
