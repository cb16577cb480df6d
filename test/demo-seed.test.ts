import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { demoFromEnv } from '../server/core/config';
import { createTestDatabase, TestDatabase } from './support/databases';
import { startTestServer, TestServer } from './support/server';
import { expectData } from './support/expect';
import { userIdOf } from './support/factories';
import { LOGIN } from './support/operations';

/**
 * The demo set (README, Signing in): off in production unless PINGYI_DEMO=1, seeded once (a second
 * start recreates no deleted demo user and resets no password), and its OFFICIAL user is an
 * official with results to show.
 */
let database: TestDatabase;
let server: TestServer;
const api = {
  get server() {
    return server;
  },
};

beforeAll(async () => {
  database = await createTestDatabase({ withShanghai: true });
  server = await startTestServer(database.url, { webhooks: false });
  await server.signIn('huangpu.admin');
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

/** Seeds as a second `npm start` with the demo on would (test/support/seed-on-start.ts, its own process). */
async function startAgain(): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'support', 'seed-on-start.ts'), database.url],
    { env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
}

/** Whether `login` succeeds with this password. */
async function signsIn(username: string, password: string): Promise<boolean> {
  const res = await api.server.gql(LOGIN, { username, password }, { token: null });
  return Boolean(res.data?.login?.token);
}

describe('the demo set', () => {
  it('is off with NODE_ENV=production unless PINGYI_DEMO=1, and on elsewhere unless PINGYI_DEMO=0', () => {
    expect(demoFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(demoFromEnv({ NODE_ENV: 'production', PINGYI_DEMO: 'yes' })).toBe(false);
    expect(demoFromEnv({ NODE_ENV: 'production', PINGYI_DEMO: '1' })).toBe(true);
    expect(demoFromEnv({})).toBe(true);
    expect(demoFromEnv({ NODE_ENV: 'development', PINGYI_DEMO: '0' })).toBe(false);
  });

  it('links the demo OFFICIAL to an official whose own grades it reads', async () => {
    const token = await api.server.login('waitan.official');
    const me = expectData(await api.server.gql(`{ me { officialId } }`, {}, { token })).me;
    expect(me.officialId).not.toBeNull();
    const own = expectData(
      await api.server.gql(
        `query ($id: ID!) { official(id: $id) { assessments { year grade status } latestAssessment { grade } } }`,
        { id: me.officialId },
        { token },
      ),
    ).official;
    expect(own!.assessments.length).toBe(3);
    expect(own!.assessments.every((a) => a.status === 'FINALIZED' && a.grade)).toBe(true);
  });

  it('is seeded once: a second start neither recreates a deleted demo user nor resets a changed password', async () => {
    const chair = await userIdOf(api.server, 'waitan.chair');
    const assessor = await userIdOf(api.server, 'huangpu.assessor');
    expectData(
      await api.server.gql(
        `mutation ($id: ID!) { updateUser(id: $id, input: { password: "not-the-demo-one" }) { id } }`,
        {
          id: chair,
        },
      ),
    );
    expectData(await api.server.gql(`mutation ($id: ID!) { deleteUser(id: $id) }`, { id: assessor }));

    await startAgain();

    expect(await signsIn('waitan.chair', 'pingyi-demo')).toBe(false);
    expect(await signsIn('waitan.chair', 'not-the-demo-one')).toBe(true);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM app_user WHERE username = 'huangpu.assessor'`,
    );
    expect(n).toBe(0);
  });
});
