import { idByCode, useTestApi } from './support/api';
import { ok } from './support/factories';

/**
 * The audit entries (docs/rules.md, Roles and reach: who, what, before and after, in the change's
 * transaction) of an official's records — responsibility list, self-report, inquiries,
 * appointments with consent, accountability cases, the annual assessment — and the
 * `assessment.finalized` webhook queued in the finalising transaction. Each expectation is the
 * whole stored entry.
 */
const api = useTestApi({ withShanghai: true, webhooks: false });

/** The entries of `action` about `entityId`, oldest first, as stored. */
async function entries(entityId: string, action: string): Promise<Record<string, unknown>[]> {
  return api.server.db.query(
    `SELECT actor_id AS "actorId", entity_type AS "entityType", before, after FROM audit_event WHERE entity_id = $1 AND action = $2 ORDER BY at, id`,
    [entityId, action],
  );
}

/** A new civil servant of 外滩街道's community service office, with no records of any year. */
async function newOfficial(name: string): Promise<{ id: string; externalId: string }> {
  const waitan = await idByCode(api.server, 'subdistrict', '310101013');
  const offices = await ok(
    api.server,
    `query ($s: ID!) { offices(filter: { subdistrictId: $s, kind: COMMUNITY_SERVICE }) { nodes { id } } }`,
    { s: waitan },
  );
  const externalId = `ev-${name}`;
  const created = await ok(
    api.server,
    `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`,
    {
      input: { name, category: 'CIVIL_SERVANT', title: '科员', officeId: offices.offices.nodes[0].id, externalId },
    },
  );
  return { id: created.createOfficial.id, externalId };
}

const ITEM = `id officialId year kind content position`;
const APPOINTMENT = `id agencyId officialId status reason proposedById decidedById startsOn endsOn`;
const CASE = `id officialId year responsibilityItemId handledBy status summary conclusion breachConfirmed concludedAt`;
const ASSESSMENT = `id officialId year status meetingScore meetingRatingCount thirdPartyScore selfReportMark score computedGrade overrideGrade overrideReason redLineBreached`;

describe("the domain events of an official's records: audit entries and the assessment.finalized webhook", () => {
  let adminId: string;

  beforeAll(async () => {
    adminId = (await ok(api.server, `{ me { id } }`)).me.id;
  });

  it('records the responsibility list and the self-report, and an answer removed with its line', async () => {
    const official = await newOfficial('事件甲');
    const add = (kind: string, content: string) =>
      ok(
        api.server,
        `mutation ($input: CreateResponsibilityItemInput!) { createResponsibilityItem(input: $input) { ${ITEM} } }`,
        { input: { officialId: official.id, year: 2003, kind, content } },
      );
    const duty = (await add('DUTY', '办理居民诉求')).createResponsibilityItem;
    const redLine = (await add('RED_LINE', '不得收受礼品')).createResponsibilityItem;
    expect(await entries(duty.id, 'responsibility_item.created')).toEqual([
      { actorId: adminId, entityType: 'ResponsibilityItem', before: null, after: duty },
    ]);

    const moved = (
      await ok(
        api.server,
        `mutation ($id: ID!) { updateResponsibilityItem(id: $id, input: { content: "办理居民诉求（限时）", position: 0 }) { ${ITEM} } }`,
        { id: redLine.id },
      )
    ).updateResponsibilityItem;
    expect(moved).toMatchObject({ position: 0, content: '办理居民诉求（限时）' });
    expect(await entries(redLine.id, 'responsibility_item.updated')).toEqual([
      { actorId: adminId, entityType: 'ResponsibilityItem', before: redLine, after: moved },
    ]);

    const answers = [
      { itemId: duty.id, fulfilled: true, note: '按时办结' },
      { itemId: redLine.id, fulfilled: true, note: '未收受' },
    ];
    const submit = (summary: string) =>
      ok(api.server, `mutation ($input: SubmitSelfReportInput!) { submitSelfReport(input: $input) { id } }`, {
        input: { officialId: official.id, year: 2003, summary, answers },
      });
    const reportId = (await submit('年度述职')).submitSelfReport.id;
    await submit('年度述职（修订）');
    const report = (summary: string) => ({
      id: reportId,
      officialId: official.id,
      year: 2003,
      summary,
      answers: [answers[0], answers[1]],
    });
    // The report before a resubmission lists its answers as read back, in no particular order.
    const submitted = await entries(reportId, 'self_report.submitted');
    const before = submitted[1]?.before as { answers: { itemId: string }[] } | undefined;
    before?.answers.sort(
      (a, b) => answers.findIndex((x) => x.itemId === a.itemId) - answers.findIndex((x) => x.itemId === b.itemId),
    );
    expect(submitted).toEqual([
      { actorId: adminId, entityType: 'SelfReport', before: null, after: report('年度述职') },
      { actorId: adminId, entityType: 'SelfReport', before: report('年度述职'), after: report('年度述职（修订）') },
    ]);

    await ok(api.server, `mutation ($id: ID!) { deleteResponsibilityItem(id: $id) }`, { id: duty.id });
    const deletedDuty = { ...duty, position: 1 };
    expect(await entries(duty.id, 'responsibility_item.deleted')).toEqual([
      { actorId: adminId, entityType: 'ResponsibilityItem', before: deletedDuty, after: null },
    ]);
    expect(await entries(reportId, 'self_report.answer_removed')).toEqual([
      { actorId: adminId, entityType: 'SelfReport', before: answers[0], after: null },
    ]);
  });

  it('records inquiries at a meeting', async () => {
    const waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const huangpu = await idByCode(api.server, 'district', '310101');
    const official = await newOfficial('事件乙');
    const template = await ok(
      api.server,
      `mutation ($input: CreateRatingTemplateInput!) { createRatingTemplate(input: $input) { id } }`,
      {
        input: { name: '事件模板', districtId: huangpu, criteria: [{ key: 'all', label: '总体', weight: 100 }] },
      },
    );
    const meeting = await ok(
      api.server,
      `mutation ($input: CreateEvaluationMeetingInput!) { createEvaluationMeeting(input: $input) { id } }`,
      {
        input: { title: '事件评议会', year: 2003, subdistrictId: waitan, templateId: template.createRatingTemplate.id },
      },
    );
    const meetingId = meeting.createEvaluationMeeting.id;
    await ok(api.server, `mutation ($input: MeetingPeopleInput!) { addMeetingOfficials(input: $input) { id } }`, {
      input: { meetingId, ids: [official.id] },
    });
    const FIELDS = 'id meetingId officialId askedBy basis question answer';
    const created = (
      await ok(api.server, `mutation ($input: CreateInquiryInput!) { createInquiry(input: $input) { ${FIELDS} } }`, {
        input: {
          meetingId,
          officialId: official.id,
          askedBy: '居民代表王芳',
          basis: 'RESIDENT_REPORT',
          question: '路灯何时修好？',
        },
      })
    ).createInquiry;
    expect(await entries(created.id, 'inquiry.created')).toEqual([
      { actorId: adminId, entityType: 'Inquiry', before: null, after: created },
    ]);
    const answered = (
      await ok(
        api.server,
        `mutation ($id: ID!) { updateInquiry(id: $id, input: { answer: "本周内" }) { ${FIELDS} } }`,
        { id: created.id },
      )
    ).updateInquiry;
    expect(await entries(created.id, 'inquiry.updated')).toEqual([
      { actorId: adminId, entityType: 'Inquiry', before: created, after: answered },
    ]);
    await ok(api.server, `mutation ($id: ID!) { deleteInquiry(id: $id) }`, { id: created.id });
    expect(await entries(created.id, 'inquiry.deleted')).toEqual([
      { actorId: adminId, entityType: 'Inquiry', before: answered, after: null },
    ]);
  });

  it('records proposals, consents that end the previous term, and refusals', async () => {
    const waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const huangpu = await idByCode(api.server, 'district', '310101');
    const departments = await ok(
      api.server,
      `query ($d: ID!) { departments(filter: { districtId: $d }, first: 1) { nodes { id } } }`,
      { d: huangpu },
    );
    const agency = (
      await ok(
        api.server,
        `mutation ($input: CreateDispatchedAgencyInput!) { createDispatchedAgency(input: $input) { id } }`,
        {
          input: {
            name: '事件所',
            kind: 'JUSTICE_OFFICE',
            departmentId: departments.departments.nodes[0].id,
            subdistrictId: waitan,
          },
        },
      )
    ).createDispatchedAgency;
    const head = async (name: string) =>
      (
        await ok(api.server, `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`, {
          input: { name, category: 'AGENCY_HEAD', title: '所长', agencyId: agency.id },
        })
      ).createOfficial.id as string;
    const [a, b] = [await head('事件丙'), await head('事件丁')];
    const propose = async (officialId: string, startsOn: string) =>
      (
        await ok(
          api.server,
          `mutation ($input: ProposeHeadAppointmentInput!) { proposeHeadAppointment(input: $input) { ${APPOINTMENT} } }`,
          { input: { agencyId: agency.id, officialId, startsOn } },
        )
      ).proposeHeadAppointment;
    const decide = async (id: string, d: string, r?: string) =>
      (
        await ok(
          api.server,
          `mutation ($id: ID!, $d: HeadAppointmentDecision!, $r: String) { decideHeadAppointment(id: $id, decision: $d, reason: $r) { ${APPOINTMENT} } }`,
          { id, d, r },
        )
      ).decideHeadAppointment;

    const first = await propose(a, '2030-01-01');
    expect(await entries(first.id, 'head_appointment.proposed')).toEqual([
      { actorId: adminId, entityType: 'HeadAppointment', before: null, after: first },
    ]);
    const firstConsented = await decide(first.id, 'CONSENTED');
    expect(await entries(first.id, 'head_appointment.consented')).toEqual([
      { actorId: adminId, entityType: 'HeadAppointment', before: first, after: firstConsented },
    ]);
    const second = await propose(b, '2031-01-01');
    const secondConsented = await decide(second.id, 'CONSENTED', '同意');
    expect(await entries(second.id, 'head_appointment.consented')).toEqual([
      { actorId: adminId, entityType: 'HeadAppointment', before: second, after: secondConsented },
    ]);
    expect(await entries(first.id, 'head_appointment.term_ended')).toEqual([
      {
        actorId: adminId,
        entityType: 'HeadAppointment',
        before: firstConsented,
        after: { ...firstConsented, endsOn: '2031-01-01' },
      },
    ]);
    const third = await propose(a, '2032-01-01');
    const refused = await decide(third.id, 'REFUSED', '群众意见较大');
    expect(refused).toMatchObject({ status: 'REFUSED', reason: '群众意见较大' });
    expect(await entries(third.id, 'head_appointment.refused')).toEqual([
      { actorId: adminId, entityType: 'HeadAppointment', before: third, after: refused },
    ]);
  });

  it('records accountability cases, the policy, panel scores and the assessment, and queues assessment.finalized with it', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const official = await newOfficial('事件戊');
    const opened = (
      await ok(
        api.server,
        `mutation ($input: CreateAccountabilityCaseInput!) { createAccountabilityCase(input: $input) { ${CASE} } }`,
        {
          input: { officialId: official.id, year: 2003, handledBy: 'ORGANIZATION_DEPARTMENT', summary: '迟报材料' },
        },
      )
    ).createAccountabilityCase;
    expect(await entries(opened.id, 'accountability_case.opened')).toEqual([
      { actorId: adminId, entityType: 'AccountabilityCase', before: null, after: opened },
    ]);
    const changed = (
      await ok(
        api.server,
        `mutation ($id: ID!) { updateAccountabilityCase(id: $id, input: { handledBy: DISCIPLINE_INSPECTION }) { ${CASE} } }`,
        { id: opened.id },
      )
    ).updateAccountabilityCase;
    expect(await entries(opened.id, 'accountability_case.updated')).toEqual([
      { actorId: adminId, entityType: 'AccountabilityCase', before: opened, after: changed },
    ]);
    const concluded = (
      await ok(
        api.server,
        `mutation ($id: ID!) { concludeAccountabilityCase(id: $id, input: { conclusion: "情节轻微，不予追究", breachConfirmed: false }) { ${CASE} } }`,
        { id: opened.id },
      )
    ).concludeAccountabilityCase;
    expect(await entries(opened.id, 'accountability_case.concluded')).toEqual([
      { actorId: adminId, entityType: 'AccountabilityCase', before: changed, after: concluded },
    ]);

    const policy = {
      districtId: huangpu,
      year: 2003,
      meetingWeight: 40,
      thirdPartyWeight: 40,
      selfReportWeight: 20,
      panelWeights: [
        { panel: 'PARTY_MEMBER', weight: 25 },
        { panel: 'NON_PARTY', weight: 25 },
        { panel: 'RESIDENT', weight: 25 },
        { panel: 'EXPERT', weight: 25 },
      ],
      excellentFrom: 90,
      goodFrom: 75,
      mediocreFrom: 60,
      minRatings: 3,
    };
    const set = await ok(
      api.server,
      `mutation ($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { id } }`,
      { input: policy },
    );
    // The values as upserted, with the generated columns TypeORM writes back into them.
    const stored = {
      ...policy,
      gradeLabels: 'STANDARD', // the default label set (docs/rules.md rule 10)
      id: set.setAssessmentPolicy.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    };
    expect(await entries(set.setAssessmentPolicy.id, 'policy.set')).toEqual([
      { actorId: adminId, entityType: 'AssessmentPolicy', before: null, after: stored },
    ]);

    const panel = { officialId: official.id, year: 2003, panel: 'RESIDENT', score: 88 };
    await ok(
      api.server,
      `mutation ($input: RecordThirdPartyEvaluationInput!) { recordThirdPartyEvaluation(input: $input) { id } }`,
      { input: panel },
    );
    expect(await entries(official.id, 'third_party.recorded')).toEqual([
      { actorId: adminId, entityType: 'Official', before: null, after: panel },
    ]);

    const assess = async (selfReportMark: number) =>
      (
        await ok(
          api.server,
          `mutation ($input: AssessOfficialInput!) { assessOfficial(input: $input) { ${ASSESSMENT} } }`,
          { input: { officialId: official.id, year: 2003, selfReportMark } },
        )
      ).assessOfficial;
    const computed = await assess(70);
    const recomputed = await assess(94);
    expect(await entries(computed.id, 'assessment.computed')).toEqual([
      { actorId: adminId, entityType: 'AnnualAssessment', before: null, after: computed },
      { actorId: adminId, entityType: 'AnnualAssessment', before: computed, after: recomputed },
    ]);
    const overridden = (
      await ok(
        api.server,
        `mutation ($id: ID!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: GOOD, reason: "材料不全" }) { ${ASSESSMENT} } }`,
        { id: computed.id },
      )
    ).overrideAnnualAssessmentGrade;
    expect(await entries(computed.id, 'assessment.overridden')).toEqual([
      { actorId: adminId, entityType: 'AnnualAssessment', before: recomputed, after: overridden },
    ]);

    const hook = await ok(
      api.server,
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { webhookSubscription { id } } }`,
      {
        input: {
          districtId: huangpu,
          url: 'https://hr.example.org/hooks/assessments',
          events: ['ASSESSMENT_FINALIZED'],
        },
      },
    );
    const finalized = (
      await ok(api.server, `mutation ($id: ID!) { finalizeAnnualAssessment(id: $id) { ${ASSESSMENT} grade } }`, {
        id: computed.id,
      })
    ).finalizeAnnualAssessment;
    const { grade, ...finalSnapshot } = finalized;
    expect(finalSnapshot).toMatchObject({ status: 'FINALIZED', overrideGrade: 'GOOD' });
    expect(await entries(computed.id, 'assessment.finalized')).toEqual([
      { actorId: adminId, entityType: 'AnnualAssessment', before: overridden, after: finalSnapshot },
    ]);
    const deliveries = await api.server.db.query(
      `SELECT event, status, payload FROM webhook_delivery WHERE subscription_id = $1`,
      [hook.createWebhookSubscription.webhookSubscription.id],
    );
    expect(deliveries).toEqual([
      {
        event: 'assessment.finalized',
        status: 'PENDING',
        payload: {
          assessmentId: computed.id,
          officialId: official.id,
          externalId: official.externalId,
          year: 2003,
          score: finalized.score,
          grade,
          redLineBreached: false,
        },
      },
    ]);
    await ok(api.server, `mutation ($id: ID!) { deleteWebhookSubscription(id: $id) }`, {
      id: hook.createWebhookSubscription.webhookSubscription.id,
    });
  });
});
