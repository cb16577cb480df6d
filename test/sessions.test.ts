import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { idByCode, useTestApi, type GqlResponse } from './support/api';
import type { TestServer } from './support/server';
import { expectError } from './support/expect';

/**
 * Sessions end with their user: a sign-in token stops working at once when the
 * password changes or is reset, the role or scope changes, the user is deleted or signs out, on
 * every entry point (GraphQL over HTTP, the results export, the WebSocket).
 */
const api = useTestApi({ withShanghai: true });

const ME = `{ me { id username } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role subdistrictId } }`;
const SIGN_OUT = `mutation ($all: Boolean) { signOut(allDevices: $all) }`;

/** The error code `me` answers with this token, or 'OK' when it works. */
async function meWith(token: string): Promise<string> {
  const res = await api.server.gql(ME, {}, { token });
  if (res.errors) return res.errors[0].extensions.code;
  return res.data!.me ? 'OK' : 'NO DATA';
}

/**
 * Runs one operation over the WebSocket (graphql-ws) with `token` in the connection payload. Returns
 * the operation's first result, or `{ closed: code }` when the server closes the socket instead.
 */
/**
 * Opens a graphql-ws connection with `token` and says how it ended: `accepted` when the server
 * acknowledged the connection, else the close code it sent (4403: refused at connection).
 * Only subscriptions run over the socket, so the acknowledgement is what proves the token works.
 */
async function socketWith(server: TestServer, token: string): Promise<'accepted' | number> {
  let client: Client | undefined;
  const outcome = await new Promise<'accepted' | number>((resolve) => {
    client = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        connected: () => resolve('accepted'),
        closed: (event) => resolve((event as { code?: number }).code ?? -1),
      },
      onNonLazyError: () => undefined,
    });
  });
  await client?.dispose();
  return outcome;
}

describe('sessions end with their user', () => {
  let huangpu: string;
  let waitan: string;
  let nanjing: string;
  /** Creates a user (as the 黄浦区 admin) and returns its id. */
  const makeUser = async (username: string, role: string, subdistrictId: string | null) => {
    const res = await api.server.gql(CREATE_USER, {
      input: {
        username,
        displayName: username,
        password: 'pingyi-demo',
        role,
        districtId: huangpu,
        ...(subdistrictId ? { subdistrictId } : {}),
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createUser.id as string;
  };

  beforeAll(async () => {
    huangpu = await idByCode(api.server, 'district', '310101');
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    nanjing = await idByCode(api.server, 'subdistrict', '310101002');
  });

  it('ends every session of a user who changes their own password, and the new password signs in', async () => {
    const id = await makeUser('sess.own', 'CHAIR', waitan);
    const laptop = await api.server.login('sess.own');
    const tablet = await api.server.login('sess.own');
    expect(await meWith(laptop)).toBe('OK');
    const changed = await api.server.gql(
      UPDATE_USER,
      { id, input: { password: 'a-new-password', currentPassword: 'pingyi-demo' } },
      { token: laptop },
    );
    expect(changed.errors).toBeUndefined();
    expect(await meWith(laptop)).toBe('UNAUTHENTICATED');
    expect(await meWith(tablet)).toBe('UNAUTHENTICATED');
    const fresh = await api.server.login('sess.own', 'a-new-password');
    expect(await meWith(fresh)).toBe('OK');
  });

  it('ends the sessions of a user whose password an ADMIN resets, and audits who reset whose password', async () => {
    const id = await makeUser('sess.reset', 'REPRESENTATIVE', waitan);
    const token = await api.server.login('sess.reset');
    const admin = await api.server.gql(`{ me { id } }`);
    const reset = await api.server.gql(UPDATE_USER, { id, input: { password: 'reset-by-admin' } });
    expect(reset.errors).toBeUndefined();
    expect(await meWith(token)).toBe('UNAUTHENTICATED');
    // The admin's own session goes on.
    expect((await api.server.gql(ME)).data!.me.username).toBe('huangpu.admin');

    const history = await api.server.gql(
      `query ($id: ID!) { auditEvents(entityType: "User", entityId: $id) { nodes { action actorId entityType entityId at before after } } }`,
      { id },
    );
    expect(history.errors).toBeUndefined();
    const [entry] = history.data!.auditEvents.nodes;
    expect(entry).toMatchObject({
      action: 'user.password_reset',
      actorId: admin.data!.me.id,
      entityType: 'User',
      entityId: id,
    });
    expect(Date.now() - new Date(entry.at).getTime()).toBeLessThan(10 * 60_000);
    expect(entry.after).toEqual({ username: 'sess.reset' });
    expect(JSON.stringify([entry.before, entry.after])).not.toMatch(/reset-by-admin|argon2|hash|password/i);
  });

  it('ends the sessions of a user whose role or scope an ADMIN changes', async () => {
    const roleId = await makeUser('sess.role', 'CHAIR', waitan);
    const roleToken = await api.server.login('sess.role');
    const promoted = await api.server.gql(UPDATE_USER, { id: roleId, input: { role: 'ADMIN' } });
    expect(promoted.data!.updateUser).toEqual({ id: roleId, role: 'ADMIN', subdistrictId: waitan });
    expect(await meWith(roleToken)).toBe('UNAUTHENTICATED');

    const scopeId = await makeUser('sess.scope', 'ASSESSOR', waitan);
    const scopeToken = await api.server.login('sess.scope');
    const moved = await api.server.gql(UPDATE_USER, { id: scopeId, input: { subdistrictId: nanjing } });
    expect(moved.data!.updateUser).toEqual({ id: scopeId, role: 'ASSESSOR', subdistrictId: nanjing });
    expect(await meWith(scopeToken)).toBe('UNAUTHENTICATED');
    const widened = await api.server.gql(UPDATE_USER, { id: scopeId, input: { subdistrictId: null } });
    expect(widened.data!.updateUser.subdistrictId).toBeNull();

    // A display-name change ends nothing.
    const nameToken = await api.server.login('sess.scope');
    const renamed = await api.server.gql(UPDATE_USER, { id: scopeId, input: { displayName: '新名字' } });
    expect(renamed.errors).toBeUndefined();
    expect(await meWith(nameToken)).toBe('OK');
  });

  it("refuses a role or scope change that is not an ADMIN's, beyond the ADMIN's scope or to INTEGRATION", async () => {
    const id = await makeUser('sess.rules', 'CHAIR', waitan);
    const own = await api.server.gql(
      UPDATE_USER,
      { id, input: { role: 'ADMIN' } },
      { token: await api.server.login('sess.rules') },
    );
    expectError(own, 'FORBIDDEN');
    const integration = await api.server.gql(UPDATE_USER, { id, input: { role: 'INTEGRATION' } });
    expectError(integration, 'BAD_USER_INPUT', 'input.role');
    const elsewhere = await idByCode(api.server, 'subdistrict', '310104003');
    const foreign = await api.server.gql(UPDATE_USER, { id, input: { subdistrictId: elsewhere } });
    expectError(foreign, 'BAD_USER_INPUT', 'input.subdistrictId');
    const self = await api.server.gql(`{ me { id } }`);
    const demote = await api.server.gql(UPDATE_USER, { id: self.data!.me.id, input: { role: 'CHAIR' } });
    expectError(demote, 'FORBIDDEN');
  });

  it("refuses a deleted ADMIN's token everywhere: GraphQL, the results export and the WebSocket", async () => {
    const id = await makeUser('sess.gone', 'ADMIN', null);
    const token = await api.server.login('sess.gone');
    const exportUrl = `${api.server.url}/export/districts/${huangpu}/results.csv?year=2026`;
    expect((await fetch(exportUrl, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(await socketWith(api.server, token)).toBe('accepted');

    const deleted = await api.server.gql(`mutation ($id: ID!) { deleteUser(id: $id) }`, { id });
    expect(deleted.data!.deleteUser).toBe(id);

    const grab = await api.server.gql(
      CREATE_USER,
      {
        input: { username: 'sess.spy', displayName: 'x', password: 'pingyi-demo', role: 'ADMIN', districtId: huangpu },
      },
      { token },
    );
    expectError(grab, 'UNAUTHENTICATED');
    expect(grab.data).toBeNull();
    const [{ n }] = await api.server.db.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'sess.spy'`);
    expect(n).toBe(0);

    const exported = await fetch(exportUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(exported.status).toBe(401);
    expect(((await exported.json()) as GqlResponse).errors![0].extensions.code).toBe('UNAUTHENTICATED');

    expect(await socketWith(api.server, token)).toBe(4403);
  });

  it('refuses a token over the WebSocket once its password changed', async () => {
    const id = await makeUser('sess.socket', 'CHAIR', waitan);
    const token = await api.server.login('sess.socket');
    expect(await socketWith(api.server, token)).toBe('accepted');
    await api.server.gql(UPDATE_USER, { id, input: { password: 'socket-password' } });
    expect(await socketWith(api.server, token)).toBe(4403);
    const fresh = await api.server.login('sess.socket', 'socket-password');
    expect(await socketWith(api.server, fresh)).toBe('accepted');
  });

  it('signOut ends only this session; signOut(allDevices: true) ends every session of the user', async () => {
    await makeUser('sess.out', 'OFFICIAL', waitan);
    const phone = await api.server.login('sess.out');
    const laptop = await api.server.login('sess.out');
    const tablet = await api.server.login('sess.out');

    const one = await api.server.gql(SIGN_OUT, {}, { token: phone });
    expect(one).toEqual({ data: { signOut: true } });
    expect(await meWith(phone)).toBe('UNAUTHENTICATED');
    expect(await meWith(laptop)).toBe('OK');
    expect(await meWith(tablet)).toBe('OK');
    const again = await api.server.gql(SIGN_OUT, { all: false }, { token: phone });
    expectError(again, 'UNAUTHENTICATED');

    const all = await api.server.gql(SIGN_OUT, { all: true }, { token: laptop });
    expect(all).toEqual({ data: { signOut: true } });
    expect(await meWith(laptop)).toBe('UNAUTHENTICATED');
    expect(await meWith(tablet)).toBe('UNAUTHENTICATED');
    expect(await meWith(await api.server.login('sess.out'))).toBe('OK');

    const anonymous = await api.server.gql(SIGN_OUT, {}, { token: null });
    expectError(anonymous, 'UNAUTHENTICATED');
  });

  it('checks the session in one SQL statement per request, which also serves `me`', async () => {
    const token = await api.server.login('waitan.chair');
    let res!: GqlResponse;
    const statements = await api.server.countQueries(async () => {
      res = await api.server.gql(`{ me { id username role subdistrictId } }`, {}, { token });
    });
    expect(res.data!.me).toMatchObject({ username: 'waitan.chair', role: 'CHAIR', subdistrictId: waitan });
    expect(statements).toBe(1);
  });
});
