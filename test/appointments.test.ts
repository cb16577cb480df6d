import { idByCode, useTestApi, type GqlResponse, type AuditState } from './support/api';
import * as make from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const PROPOSE = `mutation ($input: ProposeHeadAppointmentInput!) { proposeHeadAppointment(input: $input) { id status agencyId officialId subdistrictId proposedAt proposedById decidedAt startsOn endsOn } }`;
const DECIDE = `mutation ($id: ID!, $d: HeadAppointmentDecision!, $r: String) { decideHeadAppointment(id: $id, decision: $d, reason: $r) { id status reason decidedAt decidedById startsOn endsOn } }`;
const AGENCY = `query ($id: ID!) { dispatchedAgency(id: $id) { head { id name } headHistory { officialId status startsOn endsOn official { name } } } }`;

/** Today's date in Shanghai, as a consent without a proposed start takes effect. */
const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

type Person = { id: string; name: string };
type Agency = { id: string; name: string };

// Each test works on an agency of its own (外滩街道's six, 南京东路街道's for the date checks,
// or a new one), so the tests run in any order. `freshAgency` makes a new agency that has never
// had a head; the others keep the head the demo consented.
describe("agency-head appointments with the party working committee's consent (docs/rules.md rule 2)", () => {
  let waitan: string;
  let waitanAdmin: string;
  let nanjingAdmin: string;
  let waitanAdminId: string;

  /** A new AGENCY_HEAD official of `agency` (not its head: that needs a consented appointment). */
  const addHead = (agency: Agency, name: string): Promise<Person> =>
    make.official(api.server, { category: 'AGENCY_HEAD', title: '所长', agencyId: agency.id, name });
  /** The agency of `kind` in the 街道 with this code, and its demo head official. */
  const agencyOf = async (code: string, kind: string): Promise<{ agency: Agency; demoHead: Person }> => {
    const s = await idByCode(api.server, 'subdistrict', code);
    const res = await api.server.gql(
      `query ($s: ID!, $k: AgencyKind) { dispatchedAgencies(filter: { subdistrictId: $s, kind: $k }) { nodes { id name } } }`,
      { s, k: kind },
    );
    const [agency] = res.data!.dispatchedAgencies.nodes;
    const heads = await api.server.gql(
      `query ($a: ID!) { officials(filter: { agencyId: $a, category: AGENCY_HEAD }, orderBy: [{ field: CREATED_AT }]) { nodes { id name } } }`,
      { a: agency.id },
    );
    return { agency, demoHead: heads.data!.officials.nodes[0] };
  };
  /** A new agency of 外滩街道 that has never had a head, and an AGENCY_HEAD official of it (not yet its head). */
  const freshAgency = async (kind: string) => {
    const agency = await make.agency(api.server, { kind, name: `外滩新设${kind}` });
    return { agency, demoHead: await addHead(agency, `${kind}首任所长`) };
  };

  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    ({ id: waitanAdminId, token: waitanAdmin } = await make.user(api.server, { role: 'ADMIN' }));
    ({ token: nanjingAdmin } = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    }));
  });

  it("makes the official head only on consent, and ends the previous head's term that day, keeping the history", async () => {
    const { agency, demoHead: first } = await freshAgency('JUSTICE_OFFICE');
    const second = await addHead(agency, '周立新');
    const proposed = await api.server.gql(PROPOSE, {
      input: { agencyId: agency.id, officialId: first.id, startsOn: '2024-03-01' },
    });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeHeadAppointment).toMatchObject({
      status: 'PROPOSED',
      agencyId: agency.id,
      officialId: first.id,
      subdistrictId: waitan,
      startsOn: '2024-03-01',
      endsOn: null,
      decidedAt: null,
    });
    expect((await api.server.gql(AGENCY, { id: agency.id })).data!.dispatchedAgency).toEqual({
      head: null,
      headHistory: [],
    });

    // The subdistrict's ADMIN speaks for the party working committee.
    const consented = await api.server.gql(
      DECIDE,
      { id: proposed.data!.proposeHeadAppointment.id, d: 'CONSENTED' },
      { token: waitanAdmin },
    );
    expect(consented.errors).toBeUndefined();
    expect(consented.data!.decideHeadAppointment).toMatchObject({
      status: 'CONSENTED',
      reason: null,
      decidedById: waitanAdminId,
      startsOn: '2024-03-01',
      endsOn: null,
    });
    expect((await api.server.gql(AGENCY, { id: agency.id })).data!.dispatchedAgency).toEqual({
      head: first,
      headHistory: [
        {
          officialId: first.id,
          status: 'CONSENTED',
          startsOn: '2024-03-01',
          endsOn: null,
          official: { name: first.name },
        },
      ],
    });

    // A district ADMIN may decide too; without a proposed start the term starts on the day of consent.
    const next = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId: second.id } });
    const decided = await api.server.gql(DECIDE, {
      id: next.data!.proposeHeadAppointment.id,
      d: 'CONSENTED',
      r: '经党工委会议研究同意',
    });
    expect(decided.data!.decideHeadAppointment).toMatchObject({
      status: 'CONSENTED',
      reason: '经党工委会议研究同意',
      startsOn: today(),
      endsOn: null,
    });
    const read = await api.server.gql(AGENCY, { id: agency.id });
    expect(read.data!.dispatchedAgency).toEqual({
      head: second,
      headHistory: [
        {
          officialId: first.id,
          status: 'CONSENTED',
          startsOn: '2024-03-01',
          endsOn: today(),
          official: { name: first.name },
        },
        {
          officialId: second.id,
          status: 'CONSENTED',
          startsOn: today(),
          endsOn: null,
          official: { name: second.name },
        },
      ],
    });
    const mine = await api.server.gql(
      `query ($o: ID!) { official(id: $o) { appointments { status startsOn endsOn agency { name } } } }`,
      { o: first.id },
    );
    expect(mine.data!.official!.appointments).toEqual([
      { status: 'CONSENTED', startsOn: '2024-03-01', endsOn: today(), agency: { name: agency.name } },
    ]);
  });

  it('never makes a refused candidate head, and a refusal needs a reason', async () => {
    const { agency, demoHead } = await agencyOf('310101013', 'HOUSING_OFFICE');
    const candidate = await addHead(agency, '钱卫东');
    const proposed = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId: candidate.id } });
    const id = proposed.data!.proposeHeadAppointment.id;
    for (const reason of [null, '   ', '\u200b\u200c \u200d\u2060\ufeff', '\u200b\u00ad\u202e']) {
      const bare = await api.server.gql(DECIDE, { id, d: 'REFUSED', r: reason }, { token: waitanAdmin });
      expectError(bare, 'BAD_USER_INPUT', 'reason');
    }
    const refused = await api.server.gql(
      DECIDE,
      { id, d: 'REFUSED', r: '群众评议满意度偏低，暂不同意' },
      { token: waitanAdmin },
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.decideHeadAppointment).toMatchObject({
      status: 'REFUSED',
      reason: '群众评议满意度偏低，暂不同意',
      endsOn: null,
    });
    const read = await api.server.gql(AGENCY, { id: agency.id });
    expect(read.data!.dispatchedAgency!.head).toEqual(demoHead);
    expect(read.data!.dispatchedAgency!.headHistory.map((h) => h.officialId)).toEqual([demoHead.id]);
    const theirs = await api.server.gql(`query ($o: ID!) { official(id: $o) { appointments { status reason } } }`, {
      o: candidate.id,
    });
    expect(theirs.data!.official!.appointments).toEqual([
      { status: 'REFUSED', reason: '群众评议满意度偏低，暂不同意' },
    ]);
  });

  it('decides only once: a second decision is CONFLICT, and so is a second pending proposal', async () => {
    const { agency, demoHead } = await agencyOf('310101013', 'MARKET_SUPERVISION');
    const [candidate, other] = [await addHead(agency, '孙建华'), await addHead(agency, '李志强')];
    const proposed = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId: candidate.id } });
    expect(proposed.errors).toBeUndefined();
    const again = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId: other.id } });
    expectError(again, 'CONFLICT', 'input.agencyId');
    const id = proposed.data!.proposeHeadAppointment.id;
    const refused = await api.server.gql(DECIDE, { id, d: 'REFUSED', r: '暂缓' });
    expect(refused.errors).toBeUndefined();
    for (const d of ['CONSENTED', 'REFUSED']) {
      const twice = await api.server.gql(DECIDE, { id, d, r: '改变主意' }, { token: waitanAdmin });
      expectError(twice, 'CONFLICT');
    }
    const [{ id: consentedId }] = await api.server.db.query(
      `SELECT id FROM head_appointment WHERE official_id = $1 AND status = 'CONSENTED'`,
      [demoHead.id],
    );
    const reconsent = await api.server.gql(DECIDE, { id: consentedId, d: 'REFUSED', r: '撤回同意' });
    expectError(reconsent, 'CONFLICT');
    expect((await api.server.gql(AGENCY, { id: agency.id })).data!.dispatchedAgency!.head).toEqual(demoHead);
  });

  it('lets only a district ADMIN propose and only an ADMIN over the subdistrict decide; others are refused', async () => {
    const { agency, demoHead } = await agencyOf('310101013', 'POLICE_STATION');
    const candidate = await addHead(agency, '吴国栋');
    const input = { agencyId: agency.id, officialId: candidate.id };
    const bySubdistrict = await api.server.gql(PROPOSE, { input }, { token: waitanAdmin });
    expectError(bySubdistrict, 'FORBIDDEN');
    const byAssessor = await api.server.gql(PROPOSE, { input }, { token: await api.server.login('huangpu.assessor') });
    expectError(byAssessor, 'FORBIDDEN');
    const byOutsider = await api.server.gql(PROPOSE, { input }, { token: nanjingAdmin });
    expectError(byOutsider, 'BAD_USER_INPUT', 'input.agencyId');
    const [civilServant] = (
      await api.server.gql(
        `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: CIVIL_SERVANT }, first: 1) { nodes { id } } }`,
        { s: waitan },
      )
    ).data!.officials.nodes;
    const notAHead = await api.server.gql(PROPOSE, { input: { ...input, officialId: civilServant.id } });
    expectError(notAHead, 'BAD_USER_INPUT', 'input.officialId');
    const alreadyHead = await api.server.gql(PROPOSE, { input: { ...input, officialId: demoHead.id } });
    expectError(alreadyHead, 'BAD_USER_INPUT', 'input.officialId');
    const badDate = await api.server.gql(PROPOSE, { input: { ...input, startsOn: '2026-02-30' } });
    expectError(badDate, 'BAD_USER_INPUT');

    const proposed = await api.server.gql(PROPOSE, { input });
    const id = proposed.data!.proposeHeadAppointment.id;
    const byChair = await api.server.gql(
      DECIDE,
      { id, d: 'CONSENTED' },
      { token: await api.server.login('waitan.chair') },
    );
    expectError(byChair, 'FORBIDDEN');
    const byOtherSubdistrict = await api.server.gql(DECIDE, { id, d: 'CONSENTED' }, { token: nanjingAdmin });
    expectError(byOtherSubdistrict, 'NOT_FOUND');
    const hidden = await api.server.gql(
      `query ($id: ID!, $a: ID!) { headAppointment(id: $id) { id } headAppointments(filter: { agencyId: $a }) { totalCount } }`,
      { id, a: agency.id },
      { token: nanjingAdmin },
    );
    expect(hidden.data).toEqual({ headAppointment: null, headAppointments: { totalCount: 0 } });
    const still = await api.server.gql(`query ($id: ID!) { headAppointment(id: $id) { status } }`, { id });
    expect(still.data!.headAppointment!.status).toBe('PROPOSED');
  });

  it('lists appointments as a connection filtered by agency, status and subdistrict', async () => {
    const { agency, demoHead: first } = await freshAgency('URBAN_MANAGEMENT');
    const [second, third] = [await addHead(agency, '郑海涛'), await addHead(agency, '冯晓东')];
    const decide = async (officialId: string, d: string, r?: string) => {
      const proposed = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId } });
      expect(proposed.errors).toBeUndefined();
      if (d !== 'PROPOSED')
        expect(
          (await api.server.gql(DECIDE, { id: proposed.data!.proposeHeadAppointment.id, d, r })).errors,
        ).toBeUndefined();
    };
    await decide(first.id, 'CONSENTED');
    await decide(second.id, 'CONSENTED');
    await decide(third.id, 'REFUSED', '暂缓');
    await decide(first.id, 'REFUSED', '已卸任');
    await decide(third.id, 'PROPOSED');
    const LIST = `query ($f: HeadAppointmentFilter) { headAppointments(filter: $f, orderBy: [{ field: PROPOSED_AT }]) { totalCount nodes { status official { name } } } }`;
    const all = await api.server.gql(LIST, { f: { agencyId: agency.id } });
    expect(all.data!.headAppointments.nodes.map((n) => n.status)).toEqual([
      'CONSENTED',
      'CONSENTED',
      'REFUSED',
      'REFUSED',
      'PROPOSED',
    ]);
    expect(
      (await api.server.gql(LIST, { f: { agencyId: agency.id, status: 'REFUSED' } })).data!.headAppointments.totalCount,
    ).toBe(2);
    expect(
      (await api.server.gql(LIST, { f: { subdistrictId: waitan, status: 'PROPOSED' } })).data!.headAppointments.nodes,
    ).toContainEqual({ status: 'PROPOSED', official: { name: third.name } });
    const nanjing = await idByCode(api.server, 'subdistrict', '310101002');
    // 南京东路街道 holds only the demo's consented heads, one per agency.
    const other = (await api.server.gql(LIST, { f: { subdistrictId: nanjing } })).data!.headAppointments;
    expect([other.totalCount, new Set(other.nodes.map((n) => n.status))]).toEqual([6, new Set(['CONSENTED'])]);
  });

  it('writes every proposal, decision and ended term to the audit log', async () => {
    const { agency, demoHead: first } = await freshAgency('GREENING_SANITATION');
    const [second, third] = [await addHead(agency, '何振华'), await addHead(agency, '罗建军')];
    for (const [official, d, r] of [
      [first, 'CONSENTED'],
      [second, 'CONSENTED'],
      [third, 'REFUSED', '暂不同意'],
    ] as [Person, string, string?][]) {
      const proposed = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId: official.id } });
      await api.server.gql(DECIDE, { id: proposed.data!.proposeHeadAppointment.id, d, r }, { token: waitanAdmin });
    }
    const rows: { action: string; before: AuditState; after: AuditState }[] = await api.server.db.query(
      `SELECT action, before, after FROM audit_event
        WHERE entity_type = 'HeadAppointment' AND entity_id IN (SELECT id FROM head_appointment WHERE agency_id = $1) ORDER BY at`,
      [agency.id],
    );
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    expect([
      count('head_appointment.proposed'),
      count('head_appointment.consented'),
      count('head_appointment.refused'),
      count('head_appointment.term_ended'),
    ]).toEqual([3, 2, 1, 1]);
    const ended = rows.find((r) => r.action === 'head_appointment.term_ended')!;
    expect([ended.before!.endsOn, ended.after!.endsOn]).toEqual([null, today()]);
  });

  it('reads the heads of 60 agencies in as many SQL statements as of 5', async () => {
    // Every agency listed without a head (a test's new agency may have none yet) gets one, so each node has a head to load.
    const listed = await make.ok(
      api.server,
      `query Heads { dispatchedAgencies(first: 60) { nodes { id head { id } } } }`,
    );
    for (const agency of listed.dispatchedAgencies.nodes.filter((n) => !n.head)) {
      const head = await addHead(agency, '补任所长');
      const proposed = await make.ok(api.server, PROPOSE, { input: { agencyId: agency.id, officialId: head.id } });
      await make.ok(api.server, DECIDE, { id: proposed.proposeHeadAppointment.id, d: 'CONSENTED' });
    }
    const QUERY = `query ($n: Int) { dispatchedAgencies(first: $n) { nodes { name head { name } } } }`;
    let res!: GqlResponse;
    const big = await api.server.countQueries(async () => {
      res = await api.server.gql(QUERY, { n: 60 });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.dispatchedAgencies.nodes).toHaveLength(60);
    expect(res.data!.dispatchedAgencies.nodes.every((n) => n.head?.name)).toBe(true);
    // the session check, the agencies page, their heads (current appointments joined to the officials)
    expect(big).toBe(3);
    expect(await api.server.countQueries(() => api.server.gql(QUERY, { n: 5 }))).toBe(3);
  });

  it('refuses a start outside 2000–2100 as BAD_USER_INPUT naming input.startsOn, never an internal error', async () => {
    const { agency } = await agencyOf('310101002', 'JUSTICE_OFFICE');
    const candidate = await addHead(agency, '韩立群');
    for (const startsOn of ['0000-01-01', '1900-01-01', '1999-12-31', '2101-01-01', '9999-12-31']) {
      const res = await api.server.gql(PROPOSE, { input: { agencyId: agency.id, officialId: candidate.id, startsOn } });
      expect({ startsOn, ext: res.errors?.[0].extensions }).toEqual({
        startsOn,
        ext: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.startsOn' }),
      });
      expect(res.errors?.[0].message).toMatch(/2000.*2100/);
    }
  });
});
