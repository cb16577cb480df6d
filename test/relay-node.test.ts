/**
 * The Relay Node interface: `node(id)` and `nodes(ids)` find any record by its id alone, scoped
 * exactly like its type's own lookup (a record beyond the caller's reach is null, as a missing one
 * is), in a fixed number of SQL statements for ids of mixed types.
 */
import { randomUUID } from 'node:crypto';
import { nodeTypes } from '../server/core/node';
import { idByCode, useTestApi, type Schema, type TypeIntrospection } from './support/api';
import { CRITERIA, ok, setUpMeeting } from './support/factories';

const api = useTestApi({ withShanghai: true });

const NODES = `query ($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename id
    ... on Official { name }
    ... on Office { kind }
    ... on Subdistrict { code }
  }
}`;

/** `n` ids of a list query's nodes (as the default admin). */
async function idsOf(list: string, n: number, filter = ''): Promise<string[]> {
  const data = await ok<Record<string, { nodes: { id: string }[] }>>(
    api.server,
    `{ ${list}(first: ${n}${filter}) { nodes { id } } }`,
  );
  return data[list].nodes.map((node) => node.id);
}

describe('node and nodes (Relay Node interface)', () => {
  it('finds records of any type by id alone, in the order asked, null for unknown ids', async () => {
    const [official] = await idsOf('officials', 1);
    const [office] = await idsOf('offices', 1);
    const waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const one = await ok(
      api.server,
      `query ($id: ID!) { node(id: $id) { __typename id ... on Official { name category } } }`,
      { id: official },
    );
    const direct = await ok(api.server, `query ($id: ID!) { official(id: $id) { id name category } }`, {
      id: official,
    });
    expect(one.node).toEqual({ __typename: 'Official', ...direct.official });

    const unknown = randomUUID();
    const many = await ok<{ nodes: ((Schema.Node & { __typename: string; code?: string }) | null)[] }>(
      api.server,
      NODES,
      { ids: [office, unknown, waitan, 'not-an-id', official, office] },
    );
    expect(many.nodes.map((n) => n && [n.__typename, n.id])).toEqual([
      ['Office', office],
      null,
      ['Subdistrict', waitan],
      null,
      ['Official', official],
      ['Office', office],
    ]);
    expect(many.nodes[2]!.code).toBe('310101013');
  });

  it('declares a lookup for every type that implements Node', async () => {
    const data = await ok<TypeIntrospection>(api.server, `{ __type(name: "Node") { possibleTypes { name } } }`);
    const possible = data.__type.possibleTypes!.map((t) => t.name).sort();
    expect(possible).toEqual([...nodeTypes().keys()].sort());
    expect(possible.length).toBeGreaterThanOrEqual(24);
  });

  it('scopes each record like its own lookup: out of reach is null, as missing is', async () => {
    const waitanOfficial = (
      await ok(api.server, `query ($s: ID!) { officials(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`, {
        s: await idByCode(api.server, 'subdistrict', '310101013'),
      })
    ).officials.nodes[0].id;
    const elsewhere = (
      await ok(api.server, `query ($s: ID!) { officials(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`, {
        s: await idByCode(api.server, 'subdistrict', '310101002'),
      })
    ).officials.nodes[0].id;
    const [assessment] = await idsOf('annualAssessments', 1);
    expect(assessment).toBeDefined();

    // A chair of 外滩街道 sees 外滩街道's officials only.
    const chair = await api.server.login('waitan.chair');
    const byLookup = await ok(
      api.server,
      `query ($a: ID!, $b: ID!) { a: official(id: $a) { id } b: official(id: $b) { id } }`,
      { a: waitanOfficial, b: elsewhere },
      chair,
    );
    const byNode = await ok(
      api.server,
      `query ($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`,
      { a: waitanOfficial, b: elsewhere },
      chair,
    );
    expect(byLookup).toEqual({ a: { id: waitanOfficial }, b: null });
    expect(byNode).toEqual(byLookup);

    // A representative may not read assessments at all: the lookup says FORBIDDEN, node says null (as for an unknown id).
    const rep = await api.server.login('waitan.rep');
    const refused = await api.server.gql(
      `query ($id: ID!) { annualAssessment(id: $id) { id } }`,
      { id: assessment },
      { token: rep },
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const asNode = await api.server.gql(
      `query ($id: ID!, $unknown: ID!) { node(id: $id) { id } other: node(id: $unknown) { id } }`,
      { id: assessment, unknown: randomUUID() },
      { token: rep },
    );
    expect(asNode).toEqual({ data: { node: null, other: null } });

    const anonymous = await api.server.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: waitanOfficial },
      { token: null },
    );
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("gives a ballot only to its voter's session while the meeting is open, and an audit entry only to those who read its history", async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'node.ballot' });
    await ok(api.server, `mutation ($id: ID!) { openMeeting(id: $id) { status } }`, { id: f.meetingId }, f.chairToken);
    const cast = await ok(
      api.server,
      `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { rating { id } } }`,
      {
        input: {
          meetingId: f.meetingId,
          officialId: f.officialIds[0],
          satisfaction: 'SATISFIED',
          scores: CRITERIA.map((c) => ({ key: c.key, score: 4 })),
        },
      },
      f.repTokens[0],
    );
    const ratingId = cast.submitRating.rating.id;
    const read = (token: string) =>
      ok(api.server, `query ($id: ID!) { node(id: $id) { __typename id } }`, { id: ratingId }, token);
    expect((await read(f.repTokens[0])).node).toEqual({ __typename: 'Rating', id: ratingId });
    expect((await read(f.chairToken)).node).toBeNull();
    expect((await read(await api.server.login('huangpu.admin'))).node).toBeNull();

    const history = await ok(
      api.server,
      `query ($id: ID!) { auditEvents(entityType: "EvaluationMeeting", entityId: $id, first: 1) { nodes { id } } }`,
      { id: f.meetingId },
    );
    const entry = history.auditEvents.nodes[0].id;
    expect((await ok(api.server, `query ($id: ID!) { node(id: $id) { __typename id } }`, { id: entry })).node).toEqual({
      __typename: 'AuditEvent',
      id: entry,
    });
    expect(
      (await ok(api.server, `query ($id: ID!) { node(id: $id) { id } }`, { id: entry }, f.repTokens[0])).node,
    ).toBeNull();
  });

  it("gives a roll entry to those who read the meeting's roll and a scoring policy to those who read it by district and year", async () => {
    const f = await setUpMeeting(api.server, { reps: 1, officials: 1, prefix: 'node.roll' });
    await ok(
      api.server,
      `mutation ($input: CheckInInput!) { checkInAttendees(input: $input) { codes } }`,
      { input: { meetingId: f.meetingId, mode: 'CODE', names: ['赵敏'] } },
      f.chairToken,
    );
    const roll = await ok(
      api.server,
      `query ($id: ID!) { evaluationMeeting(id: $id) { attendees { id name mode } } }`,
      { id: f.meetingId },
      f.chairToken,
    );
    const entry = roll.evaluationMeeting!.attendees[0];
    const asChair = await ok(
      api.server,
      `query ($id: ID!) { node(id: $id) { __typename ... on Attendee { id name mode } } }`,
      { id: entry.id },
      f.chairToken,
    );
    expect(asChair.node).toEqual({ __typename: 'Attendee', ...entry });
    expect(
      (await ok(api.server, `query ($id: ID!) { node(id: $id) { id } }`, { id: entry.id }, f.repTokens[0])).node,
    ).toBeNull();

    const huangpu = await idByCode(api.server, 'district', '310101');
    const panels = ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT'].map((panel) => ({ panel, weight: 25 }));
    const set = await ok(
      api.server,
      `mutation ($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { id } }`,
      {
        input: {
          districtId: huangpu,
          year: 2031,
          meetingWeight: 50,
          thirdPartyWeight: 30,
          selfReportWeight: 20,
          panelWeights: panels,
          excellentFrom: 90,
          goodFrom: 75,
          mediocreFrom: 60,
          minRatings: 3,
        },
      },
    );
    const policyId = set.setAssessmentPolicy.id;
    const byLookup = await ok(
      api.server,
      `query ($d: ID!) { assessmentPolicy(districtId: $d, year: 2031) { id meetingWeight } }`,
      { d: huangpu },
      f.repTokens[0],
    );
    const byNode = await ok(
      api.server,
      `query ($id: ID!) { node(id: $id) { ... on AssessmentPolicy { id meetingWeight } } }`,
      { id: policyId },
      f.repTokens[0],
    );
    expect(byLookup.assessmentPolicy).toEqual({ id: policyId, meetingWeight: 50 });
    expect(byNode.node).toEqual(byLookup.assessmentPolicy);
  });

  it('costs the same statements for 5 ids as for 70 of the same three types, and refuses more than 100', async () => {
    const officials = await idsOf('officials', 40);
    const offices = await idsOf('offices', 20);
    const subdistricts = await idsOf('subdistricts', 10, ', filter: { code: "310101" }');
    expect(subdistricts.length).toBe(10);
    const few = [officials[0], offices[0], subdistricts[0], officials[1], offices[1]];
    const lots = [...officials, ...offices, ...subdistricts];
    let answer!: { nodes: (Schema.Node | null)[] };
    const small = await api.server.countQueries(async () => {
      answer = await ok(api.server, NODES, { ids: few });
    });
    expect(answer.nodes.every((n) => n !== null)).toBe(true);
    const large = await api.server.countQueries(async () => {
      answer = await ok(api.server, NODES, { ids: lots });
    });
    expect(answer.nodes.filter((n) => n !== null)).toHaveLength(70);
    // the session check, the probe for the ids' types, then one statement per type present
    expect(small).toBe(5);
    expect(large).toBe(small);

    const tooMany = await api.server.gql(NODES, { ids: Array.from({ length: 101 }, () => randomUUID()) });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
