/**
 * What the 黄浦区 demo set claims about 外滩街道's self-governance records, read through the API
 * (docs/rules.md rule 14): a decision hearing before road works with questions and answers whose
 * supporting outcome let the works start, a family mediation concluded with the women's director and
 * submitted to the court, a petition taken up by the women's federation and agreed, and a building whose convention took effect at exactly two thirds.
 */
import { idByCode, useTestApi } from './support/api';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });

const RECORDS = `query ($s: ID!) {
  worksProjects(filter: { subdistrictId: $s }, first: 10) {
    nodes { name status overrideReason startedAt
      hearings { outcome outcomeReasons representatives questions { askedBy question answer answeredBy } } } }
  mediations(filter: { subdistrictId: $s }, first: 10) {
    nodes { involvesFamily womenDirector status record courtConfirmation parties { name } departments { citedLaws } } }
  petitions(filter: { subdistrictId: $s }, first: 10) {
    nodes { agent status agreement department { name } talks { round participants } } }
  buildingConventions(filter: { subdistrictId: $s }, first: 10) {
    nodes { title building { households }
      effectiveVersion { status approvals rejections households householdsAtEffect requiredApprovals codesIssued } } } }`;

describe('the demo self-governance records of 外滩街道', () => {
  it('hold a hearing, a family mediation, a petition and a convention in effect, made through the services', async () => {
    const waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const data = await ok(api.server, RECORDS, { s: waitan });

    expect(data.worksProjects.nodes).toHaveLength(1);
    const [works] = data.worksProjects.nodes;
    expect(works).toMatchObject({ status: 'STARTED', overrideReason: null });
    expect(works.name).toContain('道路大修工程');
    expect(works.hearings).toHaveLength(1);
    const [hearing] = works.hearings;
    expect(hearing.outcome).toBe('SUPPORTED_WITH_CONDITIONS');
    expect(hearing.representatives).toHaveLength(5);
    expect(hearing.questions).toHaveLength(2);
    expect(hearing.questions.every((q: { answer: string | null }) => !!q.answer)).toBe(true);

    expect(data.mediations.nodes).toHaveLength(1);
    const [mediation] = data.mediations.nodes;
    expect(mediation).toMatchObject({
      involvesFamily: true,
      womenDirector: '居民区妇女主任 何丽萍',
      status: 'CONCLUDED',
      courtConfirmation: 'SUBMITTED',
    });
    expect(mediation.parties).toHaveLength(2);
    expect(mediation.departments).toHaveLength(2);
    expect(mediation.record!.length).toBeGreaterThan(20);

    expect(data.petitions.nodes).toHaveLength(1);
    const [petition] = data.petitions.nodes;
    expect(petition).toMatchObject({
      agent: 'WOMENS_FEDERATION',
      status: 'AGREED',
      department: { name: '黄浦区住房保障和房屋管理局' },
    });
    expect(petition.talks).toHaveLength(1);
    expect(petition.agreement!.length).toBeGreaterThan(20);

    expect(data.buildingConventions.nodes).toHaveLength(1);
    const [convention] = data.buildingConventions.nodes;
    expect(convention.building.households).toBe(12);
    // 8 of 12 is two thirds exactly: 8 · 3 ≥ 12 · 2.
    expect(convention.effectiveVersion).toEqual({
      status: 'EFFECTIVE',
      approvals: 8,
      rejections: 2,
      households: 12,
      householdsAtEffect: 12,
      requiredApprovals: 8,
      codesIssued: 12,
    });
  });

  it("keeps each record's history in the audit log, read by the 街道's ADMIN", async () => {
    const waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const ids = await ok(
      api.server,
      `query ($s: ID!) {
        worksProjects(filter: { subdistrictId: $s }, first: 1) { nodes { id hearings { id } } }
        mediations(filter: { subdistrictId: $s }, first: 1) { nodes { id } }
        petitions(filter: { subdistrictId: $s }, first: 1) { nodes { id } }
        buildingConventions(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
      { s: waitan },
    );
    const history = async (entityType: string, entityId: string) =>
      (
        await ok(
          api.server,
          `query ($t: String!, $id: ID!) { auditEvents(entityType: $t, entityId: $id, first: 20) { nodes { action } } }`,
          { t: entityType, id: entityId },
        )
      ).auditEvents.nodes
        .map((n: { action: string }) => n.action)
        .sort();
    const [works] = ids.worksProjects.nodes;
    expect(await history('WorksProject', works.id)).toEqual(['works_project.created', 'works_project.started']);
    expect(await history('Hearing', works.hearings[0].id)).toEqual(['hearing.created', 'hearing.decided']);
    expect(await history('Mediation', ids.mediations.nodes[0].id)).toEqual(
      expect.arrayContaining(['mediation.concluded']),
    );
    expect(await history('Petition', ids.petitions.nodes[0].id)).toEqual(
      expect.arrayContaining(['petition.concluded']),
    );
    expect((await history('BuildingConvention', ids.buildingConventions.nodes[0].id)).length).toBeGreaterThan(0);
  });
});
