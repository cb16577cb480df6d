import { idByCode, useTestApi } from './support/api';
import { ok } from './support/factories';

/**
 * The audit entries (docs/rules.md, Roles and reach) of who may do what and of the district's
 * integrations: users' passwords, roles and scopes, service tokens, webhook subscriptions and
 * redeliveries, and the officials upsert. Each expectation is the whole stored entry.
 */
const api = useTestApi({ withShanghai: true, webhooks: false });

/** The entries of `action` about `entityId`, oldest first, as stored. */
async function entries(entityId: string, action: string): Promise<Record<string, unknown>[]> {
  return api.server.db.query(
    `SELECT actor_id AS "actorId", entity_type AS "entityType", before, after FROM audit_event WHERE entity_id = $1 AND action = $2 ORDER BY at, id`,
    [entityId, action],
  );
}

describe('the domain events of access and integrations: audit entries', () => {
  let adminId: string;
  let huangpu: string;
  let waitan: string;

  beforeAll(async () => {
    adminId = (await ok(api.server, `{ me { id } }`)).me.id;
    huangpu = await idByCode(api.server, 'district', '310101');
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
  });

  it("records an ADMIN's password reset and a change of role or scope, never a user's own password change", async () => {
    const created = await ok(api.server, `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username: 'events.rep',
        displayName: '事件代表',
        role: 'REPRESENTATIVE',
        districtId: huangpu,
        subdistrictId: waitan,
        password: 'events-password-1',
      },
    });
    const id = created.createUser.id;
    const own = await api.server.login('events.rep', 'events-password-1');
    await ok(
      api.server,
      `mutation ($id: ID!) { updateUser(id: $id, input: { password: "events-password-2", currentPassword: "events-password-1" }) { id } }`,
      { id },
      own,
    );
    expect(await entries(id, 'user.password_reset')).toEqual([]);
    await ok(
      api.server,
      `mutation ($id: ID!) { updateUser(id: $id, input: { password: "events-password-3" }) { id } }`,
      { id },
    );
    expect(await entries(id, 'user.password_reset')).toEqual([
      { actorId: adminId, entityType: 'User', before: null, after: { username: 'events.rep' } },
    ]);
    await ok(
      api.server,
      `mutation ($id: ID!) { updateUser(id: $id, input: { role: CHAIR, subdistrictId: null }) { id } }`,
      { id },
    );
    expect(await entries(id, 'user.access_changed')).toEqual([
      {
        actorId: adminId,
        entityType: 'User',
        before: { role: 'REPRESENTATIVE', districtId: huangpu, subdistrictId: waitan, officialId: null },
        after: { role: 'CHAIR', districtId: huangpu, subdistrictId: null, officialId: null },
      },
    ]);
  });

  it('records service tokens created and revoked, without the token', async () => {
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const created = await ok(
      api.server,
      `mutation ($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token serviceToken { id } } }`,
      {
        input: {
          name: '事件令牌',
          districtId: huangpu,
          scopes: ['OFFICIALS_READ', 'OFFICIALS_WRITE', 'OFFICIALS_READ'],
          expiresAt,
        },
      },
    );
    const id = created.createServiceToken.serviceToken.id;
    const token = {
      name: '事件令牌',
      districtId: huangpu,
      scopes: ['officials:read', 'officials:write'],
      expiresAt,
      revokedAt: null,
    };
    expect(await entries(id, 'service_token.created')).toEqual([
      { actorId: adminId, entityType: 'ServiceToken', before: null, after: token },
    ]);
    const revoked = await ok(api.server, `mutation ($id: ID!) { revokeServiceToken(id: $id) { revokedAt } }`, { id });
    expect(await entries(id, 'service_token.revoked')).toEqual([
      {
        actorId: adminId,
        entityType: 'ServiceToken',
        before: token,
        after: { ...token, revokedAt: revoked.revokeServiceToken.revokedAt },
      },
    ]);
    // Revoking again changes nothing and records nothing.
    await ok(api.server, `mutation ($id: ID!) { revokeServiceToken(id: $id) { revokedAt } }`, { id });
    expect(await entries(id, 'service_token.revoked')).toHaveLength(1);
  });

  it('records webhook subscriptions created, changed and deleted, without the secret, and a redelivery', async () => {
    const created = await ok(
      api.server,
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret webhookSubscription { id } } }`,
      {
        input: { districtId: huangpu, url: 'https://hr.example.org/hooks/events-access', events: ['MEETING_CLOSED'] },
      },
    );
    const id = created.createWebhookSubscription.webhookSubscription.id;
    const first = {
      districtId: huangpu,
      url: 'https://hr.example.org/hooks/events-access',
      events: ['meeting.closed'],
      active: true,
    };
    expect(await entries(id, 'webhook_subscription.created')).toEqual([
      { actorId: adminId, entityType: 'WebhookSubscription', before: null, after: first },
    ]);
    await ok(
      api.server,
      `mutation ($id: ID!) { updateWebhookSubscription(id: $id, input: { active: false, events: [MEETING_CLOSED, ASSESSMENT_FINALIZED] }) { id } }`,
      { id },
    );
    const second = { ...first, active: false, events: ['meeting.closed', 'assessment.finalized'] };
    expect(await entries(id, 'webhook_subscription.updated')).toEqual([
      { actorId: adminId, entityType: 'WebhookSubscription', before: first, after: second },
    ]);

    // A delivery that failed for good, as the dispatcher leaves one (looked at under the API).
    const [delivery] = await api.server.db.query(
      `INSERT INTO webhook_delivery (subscription_id, event, payload, status, attempts, next_attempt_at) VALUES ($1, 'meeting.closed', '{}', 'FAILED', 7, now()) RETURNING id`,
      [id],
    );
    await ok(api.server, `mutation ($id: ID!) { redeliverWebhookDelivery(id: $id) { id } }`, { id: delivery.id });
    expect(await entries(delivery.id, 'webhook_delivery.redelivered')).toEqual([
      { actorId: adminId, entityType: 'WebhookDelivery', before: { status: 'FAILED', attempts: 7 }, after: null },
    ]);

    await ok(api.server, `mutation ($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id });
    expect(await entries(id, 'webhook_subscription.deleted')).toEqual([
      { actorId: adminId, entityType: 'WebhookSubscription', before: second, after: null },
    ]);
  });

  it('records an upsert of officials with what it inserted and what it changed', async () => {
    const offices = await ok(
      api.server,
      `query ($s: ID!) { offices(filter: { subdistrictId: $s }) { nodes { id kind } } }`,
      { s: waitan },
    );
    const officeOf = (kind: string) => offices.offices.nodes.find((o: { kind: string }) => o.kind === kind)!.id;
    const UPSERT = `mutation ($input: [UpsertOfficialInput!]!) { upsertOfficials(input: $input) { inserted updated unchanged } }`;
    const row = (externalId: string, name: string, kind: string) => ({
      externalId,
      name,
      category: 'CIVIL_SERVANT',
      title: '科员',
      officeId: officeOf(kind),
    });
    await ok(api.server, UPSERT, {
      input: [row('ev-up-1', '同步甲', 'COMMUNITY_SERVICE'), row('ev-up-2', '同步乙', 'COMMUNITY_SERVICE')],
    });
    const second = await ok(api.server, UPSERT, {
      input: [
        row('ev-up-1', '同步甲', 'COMMUNITY_SAFETY'),
        row('ev-up-2', '同步乙', 'COMMUNITY_SERVICE'),
        row('ev-up-3', '同步丙', 'PARTY_BUILDING'),
      ],
    });
    expect(second.upsertOfficials).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    const ids = await api.server.db.query(
      `SELECT id, external_id FROM official WHERE external_id LIKE 'ev-up-%' ORDER BY external_id`,
    );
    const idOf = (externalId: string) => ids.find((o: { external_id: string }) => o.external_id === externalId).id;
    const fields = (name: string, kind: string) => ({
      name,
      category: 'CIVIL_SERVANT',
      title: '科员',
      officeId: officeOf(kind),
      agencyId: null,
      neighborhoodId: null,
      subdistrictId: waitan,
    });
    const [, last] = await entries(huangpu, 'officials.upserted');
    expect(last).toEqual({
      actorId: adminId,
      entityType: 'District',
      before: { updated: [{ id: idOf('ev-up-1'), externalId: 'ev-up-1', ...fields('同步甲', 'COMMUNITY_SERVICE') }] },
      // The lists of inserted and updated officials stand where their counts were (only `unchanged` stays a count).
      after: {
        inserted: [{ id: idOf('ev-up-3'), externalId: 'ev-up-3', ...fields('同步丙', 'PARTY_BUILDING') }],
        updated: [{ id: idOf('ev-up-1'), externalId: 'ev-up-1', ...fields('同步甲', 'COMMUNITY_SAFETY') }],
        unchanged: 1,
        by: { userId: adminId },
      },
    });
  });
});
