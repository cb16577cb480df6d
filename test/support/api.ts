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

/**
 * The schema's types (`Schema.Query['districts']`, `Schema.Official`, …) for naming the shape of
 * an answer that `Answer` does not cover, such as one with aliases.
 */
export type * as Schema from './__generated__/schema';
export type { Answer, GqlResponse } from './server';

/** An audit entry's stored `before` or `after` snapshot (JSON), as the tests read it from the database; null when there is none. */
export type AuditState = Record<string, unknown> | null;

/** The answer of `{ __type(name: "…") { fields { name } possibleTypes { name } } }` (introspection). */
export interface TypeIntrospection {
  __type: { fields: { name: string }[] | null; possibleTypes?: { name: string }[] | null };
}
