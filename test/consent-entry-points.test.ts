import { idByCode, useTestApi } from './support/api';
import { ok } from './support/factories';

/**
 * docs/rules.md rule 2 at every entry point that could place an agency head without the
 * committee's consent to *that* placement: a candidate proposed for an agency who has since been
 * moved to another agency or category (by updateOfficial or upsertOfficials) cannot be consented
 * to — the consent would make the head of one agency an official of another.
 */
const api = useTestApi({ withShanghai: true });

const PROPOSE = `mutation ($input: ProposeHeadAppointmentInput!) { proposeHeadAppointment(input: $input) { id } }`;
const DECIDE = `mutation ($id: ID!, $d: HeadAppointmentDecision!, $r: String) { decideHeadAppointment(id: $id, decision: $d, reason: $r) { id status } }`;
const APPOINTMENT = `query ($id: ID!) { headAppointment(id: $id) { status agency { head { id } } } }`;

describe('consent only to the candidate as proposed (docs/rules.md rule 2)', () => {
  let waitan: string;
  let department: string;

  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const huangpu = await idByCode(api.server, 'district', '310101');
    department = (
      await ok(api.server, `query ($d: ID!) { departments(filter: { districtId: $d }, first: 1) { nodes { id } } }`, {
        d: huangpu,
      })
    ).departments.nodes[0].id;
  });

  /** A new agency of 外滩街道. */
  async function agency(name: string): Promise<string> {
    const res = await ok(
      api.server,
      `mutation ($input: CreateDispatchedAgencyInput!) { createDispatchedAgency(input: $input) { id } }`,
      {
        input: { name, kind: 'HOUSING_OFFICE', departmentId: department, subdistrictId: waitan },
      },
    );
    return res.createDispatchedAgency.id;
  }

  /**
   * A new agency and a new AGENCY_HEAD official of it, proposed as its head, and another agency of
   * the same 街道 to move them to; returns the ids.
   */
  async function proposed(
    name: string,
    externalId?: string,
  ): Promise<{ officialId: string; appointmentId: string; other: string }> {
    const [home, other] = [await agency(`${name}所`), await agency(`${name}另所`)];
    const official = await ok(
      api.server,
      `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`,
      {
        input: { name, category: 'AGENCY_HEAD', title: '所长', agencyId: home, externalId },
      },
    );
    const officialId = official.createOfficial.id;
    const appointment = await ok(api.server, PROPOSE, { input: { agencyId: home, officialId } });
    return { officialId, appointmentId: appointment.proposeHeadAppointment.id, other };
  }

  /** Consenting answers CONFLICT, and the appointment stays PROPOSED with the agency still without a head. */
  async function expectConsentRefused(appointmentId: string): Promise<void> {
    const res = await api.server.gql(DECIDE, { id: appointmentId, d: 'CONSENTED' });
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/no longer an AGENCY_HEAD of/);
    expect((await ok(api.server, APPOINTMENT, { id: appointmentId })).headAppointment).toEqual({
      status: 'PROPOSED',
      agency: { head: null },
    });
  }

  it('refuses consent to a candidate moved to another agency since the proposal, and still allows a refusal', async () => {
    const { officialId, appointmentId, other } = await proposed('同意丙');
    await ok(
      api.server,
      `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id } }`,
      { id: officialId, input: { agencyId: other } },
    );
    await expectConsentRefused(appointmentId);
    const refused = await ok(api.server, DECIDE, { id: appointmentId, d: 'REFUSED', r: '已调往他所' });
    expect(refused.decideHeadAppointment.status).toBe('REFUSED');
  });

  it('refuses consent to a candidate who is no longer an agency head', async () => {
    const { officialId, appointmentId } = await proposed('同意丁');
    const offices = await ok(
      api.server,
      `query ($s: ID!) { offices(filter: { subdistrictId: $s, kind: COMMUNITY_SERVICE }) { nodes { id } } }`,
      { s: waitan },
    );
    await ok(
      api.server,
      `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id } }`,
      {
        id: officialId,
        input: { category: 'CIVIL_SERVANT', agencyId: null, officeId: offices.offices.nodes[0].id },
      },
    );
    await expectConsentRefused(appointmentId);
  });

  it('refuses consent to a candidate a district system moved by upsertOfficials', async () => {
    const { appointmentId, other } = await proposed('同意戊', 'consent-moved-1');
    const upsert = await ok(
      api.server,
      `mutation ($input: [UpsertOfficialInput!]!) { upsertOfficials(input: $input) { updated } }`,
      {
        input: [
          { externalId: 'consent-moved-1', name: '同意戊', category: 'AGENCY_HEAD', title: '所长', agencyId: other },
        ],
      },
    );
    expect(upsert.upsertOfficials.updated).toBe(1);
    await expectConsentRefused(appointmentId);
  });

  it('consents to a candidate still in place', async () => {
    const { officialId, appointmentId } = await proposed('同意己');
    const consented = await ok(api.server, DECIDE, { id: appointmentId, d: 'CONSENTED' });
    expect(consented.decideHeadAppointment.status).toBe('CONSENTED');
    expect((await ok(api.server, APPOINTMENT, { id: appointmentId })).headAppointment!.agency.head).toEqual({
      id: officialId,
    });
  });
});
