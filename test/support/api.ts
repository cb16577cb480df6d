import { createTestDatabase, TestDatabase } from './databases';
import { startTestServer, TestServer } from './server';

/**
 * Gives a test file its own database (a copy of a template) and a running server, created in
 * beforeAll and removed in afterAll; with Shanghai's data, `server.gql` is signed in as `as`
 * (default the demo ADMIN of 黄浦区). With `webhooks: false` no webhook job runs in the
 * background: the test sends the outbox itself (deliverWebhooks in webhook-fixture.ts), when it chooses.
 * Read `.server` inside tests, not at module load.
 */
export function useTestApi(options: { withShanghai?: boolean; as?: string; webhooks?: boolean } = {}): {
  readonly server: TestServer;
} {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(options);
    server = await startTestServer(database.url, { webhooks: options.webhooks });
    if (options.withShanghai) await server.signIn(options.as ?? 'huangpu.admin');
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });
  return {
    get server() {
      if (!server) throw new Error('the test server is not running yet');
      return server;
    },
  };
}

/** The id of the district, subdistrict or neighborhood with this division code (through the API). */
export { idByCode } from './factories/places';
