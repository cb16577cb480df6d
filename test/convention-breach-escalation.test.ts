/**
 * A breach of a building convention that damaged public property escalates to a resident's
 * matter (诉求) of the 街道 in the same transaction, and the breach links it (docs/rules.md rules
 * 13 and 14); one without damage stays a breach.
 */
import { APPROVE_CONVENTION } from './support/operations';
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData } from './support/expect';

const api = useTestApi({ withShanghai: true });

const RECORD = `mutation RecordConventionBreach($input: RecordConventionBreachInput!) { recordConventionBreach(input: $input) {
  id publicPropertyDamaged matterId
  matter { id type channel status subdistrictId neighborhoodId title description place ownerName receiverName dueAt events { kind } }
} }`;

/** A convention of a 3-household building of 外滩街道 taken to effect by two approvals. */
async function effectiveConvention() {
  const f = await make.conventionBuilding(api.server, { households: 3 });
  for (const code of f.codes.slice(0, 2))
    expectData(await api.server.gql(APPROVE_CONVENTION, { input: { code, approve: true } }, { token: null }));
  return f;
}

describe('breach escalation (docs/rules.md rule 14)', () => {
  it("a breach that damaged public property opens a matter of the 街道, owned by its 党政办, with rule 13's deadline", async () => {
    const f = await effectiveConvention();
    const before = (await api.server.db.query(`SELECT count(*)::int AS n FROM matter`))[0].n;
    const recorded = expectData(
      await api.server.gql(RECORD, {
        input: {
          conventionId: f.conventionId,
          occurredOn: '2026-11-21',
          description: '有人砸坏了楼道的公共照明灯和单元门禁。',
          publicPropertyDamaged: true,
        },
      }),
    ).recordConventionBreach;
    const waitan = (await make.places(api.server)).waitan;
    const building = await make.ok(api.server, `query ($id: ID!) { building(id: $id) { name } }`, { id: f.buildingId });
    expect(recorded.matter).toMatchObject({
      id: recorded.matterId,
      type: 'COMPLAINT',
      channel: 'CONVENTION_BREACH',
      status: 'RECEIVED',
      subdistrictId: waitan,
      neighborhoodId: f.neighborhoodId,
      title: `${building.building!.name}：违反居民公约，公共财产受损`,
      description: '有人砸坏了楼道的公共照明灯和单元门禁。',
      place: building.building!.name,
      events: [{ kind: 'RECEIVED' }],
    });
    // The server's ADMIN is the district's, staff of no unit: the 街道's 党政办 receives and owns it.
    expect(recorded.matter!.ownerName).toBe(recorded.matter!.receiverName);
    expect(recorded.matter!.ownerName).toMatch(/党政/);
    expect(typeof recorded.matter!.dueAt).toBe('string');
    expect((await api.server.db.query(`SELECT count(*)::int AS n FROM matter`))[0].n).toBe(before + 1);

    // The breach and the matter were written together: the breach names the matter in the audit log.
    const audit = await api.server.db.query(
      `SELECT after->>'matterId' AS matter FROM audit_event WHERE entity_id = $1 AND action = 'convention_breach.recorded'`,
      [recorded.id],
    );
    expect(audit).toEqual([{ matter: recorded.matterId }]);

    // The matter is listed among the 街道's matters, and a chair, who reads breaches but no matters, sees none.
    const listed = await api.server.gql(`query ($ids: [ID!]) { matters(filter: { ids: $ids }) { nodes { id } } }`, {
      ids: [recorded.matterId],
    });
    expect(expectData(listed).matters.nodes).toEqual([{ id: recorded.matterId }]);
    const chair = await make.user(api.server, { role: 'CHAIR' });
    const seen = await api.server.gql(
      `query ($id: ID!) { conventionBreach(id: $id) { id matterId matter { id } } }`,
      { id: recorded.id },
      { token: chair.token },
    );
    expect(expectData(seen).conventionBreach).toEqual({ id: recorded.id, matterId: recorded.matterId, matter: null });
  });

  it('a breach without damage to public property opens no matter', async () => {
    const f = await effectiveConvention();
    const before = (await api.server.db.query(`SELECT count(*)::int AS n FROM matter`))[0].n;
    const recorded = expectData(
      await api.server.gql(RECORD, {
        input: { conventionId: f.conventionId, occurredOn: '2026-11-22', description: '楼道堆放纸箱。' },
      }),
    ).recordConventionBreach;
    expect(recorded).toMatchObject({ publicPropertyDamaged: false, matterId: null, matter: null });
    expect((await api.server.db.query(`SELECT count(*)::int AS n FROM matter`))[0].n).toBe(before);
  });
});
