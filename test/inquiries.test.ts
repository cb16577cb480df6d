/**
 * Inquiries put to officials at a meeting (问责, docs/rules.md rule 8): who asked, on what basis, the
 * question and the answer; written by the meeting's chair or an ADMIN, frozen once it closes.
 */
import { idByCode, useTestApi, type AuditState } from './support/api';
import * as make from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const CREATE_INQUIRY = `mutation ($input: CreateInquiryInput!) { createInquiry(input: $input) { id meetingId officialId askedBy basis question answer } }`;
const UPDATE_INQUIRY = `mutation ($id: ID!, $input: UpdateInquiryInput!) { updateInquiry(id: $id, input: $input) { id answer } }`;

describe('inquiries at a meeting (docs/rules.md rule 8)', () => {
  let waitan: string;
  let official: { id: string; name: string };
  let colleague: { id: string; name: string };
  let nanjingToken: string;

  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const res = await api.server.gql(
      `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: CIVIL_SERVANT }, first: 2, orderBy: [{ field: NAME }]) { nodes { id name } } }`,
      { s: waitan },
    );
    [official, colleague] = res.data!.officials.nodes;
    // An ADMIN of 南京东路街道, the next subdistrict: outside 外滩街道's scope.
    ({ token: nanjingToken } = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    }));
  });

  it('records an inquiry at a meeting and its answer, audited; the chair of the meeting or an admin writes, closing freezes', async () => {
    /** An OPEN meeting of 外滩街道 evaluating `official`, chaired by waitan.chair or by nobody. */
    const meeting = async (title: string, chaired: boolean) => {
      const f = await make.setUpMeeting(api.server, {
        prefix: title,
        reps: 0,
        officialIds: [official.id],
        chairId: chaired ? undefined : null,
      });
      await make.openMeeting(api.server, f, chaired ? 'chair' : 'admin');
      return f;
    };
    const held = await meeting('2026年外滩街道政务评议会', true);
    const meetingId = held.meetingId;
    const chairToken = held.chairToken;
    const input = {
      meetingId,
      officialId: official.id,
      askedBy: '李阿姨（宁波路居民区）',
      basis: 'RESIDENT_REPORT',
      question: '宁波路12号楼的漏水问题反映了三次，为什么两个月还没有修好？',
    };
    const created = await api.server.gql(CREATE_INQUIRY, { input }, { token: chairToken });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInquiry).toMatchObject({ ...input, answer: null });
    const inquiryId = created.data!.createInquiry.id;
    const answered = await api.server.gql(
      UPDATE_INQUIRY,
      { id: inquiryId, input: { answer: '已协调房管办，本周五前完成维修，并向居民回访。' } },
      { token: chairToken },
    );
    expect(answered.data!.updateInquiry.answer).toBe('已协调房管办，本周五前完成维修，并向居民回访。');

    const repToken = await api.server.login('waitan.rep');
    const listed = await api.server.gql(
      `query ($m: ID!) { inquiries(filter: { meetingId: $m }) { totalCount nodes { askedBy basis question answer official { name } } } }`,
      { m: meetingId },
      { token: repToken },
    );
    expect(listed.data!.inquiries).toEqual({
      totalCount: 1,
      nodes: [
        {
          askedBy: input.askedBy,
          basis: 'RESIDENT_REPORT',
          question: input.question,
          answer: '已协调房管办，本周五前完成维修，并向居民回访。',
          official: { name: official.name },
        },
      ],
    });
    const byOfficial = await api.server.gql(
      `query ($o: ID!) { inquiries(filter: { officialId: $o, answered: true }) { totalCount } }`,
      { o: official.id },
    );
    expect(byOfficial.data!.inquiries.totalCount).toBe(1);

    const repWrite = await api.server.gql(CREATE_INQUIRY, { input }, { token: repToken });
    expectError(repWrite, 'FORBIDDEN');
    const notTheirs = (await meeting('另一场评议会（无主持人）', false)).meetingId;
    const otherChair = await api.server.gql(
      CREATE_INQUIRY,
      { input: { ...input, meetingId: notTheirs } },
      { token: chairToken },
    );
    expectError(otherChair, 'FORBIDDEN');
    const byAdmin = await api.server.gql(CREATE_INQUIRY, {
      input: { ...input, meetingId: notTheirs, basis: 'SELF_REPORT', askedBy: '王先生' },
    });
    expect(byAdmin.errors).toBeUndefined();
    const notEvaluated = await api.server.gql(
      CREATE_INQUIRY,
      { input: { ...input, officialId: colleague.id } },
      { token: chairToken },
    );
    expectError(notEvaluated, 'BAD_USER_INPUT', 'input.officialId');
    const hidden = await api.server.gql(
      `query ($id: ID!) { inquiry(id: $id) { id } inquiries { totalCount } }`,
      { id: inquiryId },
      { token: nanjingToken },
    );
    expect(hidden.data).toEqual({ inquiry: null, inquiries: { totalCount: 0 } });

    await make.closeMeeting(api.server, held);
    const late = await api.server.gql(
      UPDATE_INQUIRY,
      { id: inquiryId, input: { answer: '会后改口' } },
      { token: chairToken },
    );
    expectError(late, 'CONFLICT');
    const gone = await api.server.gql(`mutation ($id: ID!) { deleteInquiry(id: $id) }`, { id: inquiryId });
    expectError(gone, 'CONFLICT');
    const logged: { action: string; before: AuditState; after: AuditState }[] = await api.server.db.query(
      `SELECT action, before, after FROM audit_event WHERE entity_type = 'Inquiry' AND entity_id = ANY($1) ORDER BY at, action`,
      [[inquiryId, byAdmin.data!.createInquiry.id]],
    );
    expect(logged.map((r) => r.action).sort()).toEqual(['inquiry.created', 'inquiry.created', 'inquiry.updated']);
    const answeredLog = logged.find((r) => r.action === 'inquiry.updated')!;
    expect([answeredLog.before!.answer, answeredLog.after!.answer]).toEqual([
      null,
      '已协调房管办，本周五前完成维修，并向居民回访。',
    ]);
  });
});
