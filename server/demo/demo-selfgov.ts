import type { DataSource } from 'typeorm';
import { contextOf, sharedOf } from '../app/context';
import type { LiveUpdates } from '../core/live';
import { memoryLimiters } from '../core/rate-limit';
import { Role } from '../core/role';
import type { Viewer } from '../core/viewer';
import { ConventionVersion } from '../convention/convention.entity';
import { Department } from '../department/department.entity';
import { WorksProject } from '../hearing/hearing.entity';
import { HearingOutcome } from '../hearing/hearing-enums';
import { DisputeKind, MediationChairRole, MediationPartyKind } from '../mediation/mediation-enums';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { PetitionAgent, PetitionOutcome } from '../petition/petition-enums';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { User } from '../user/user.entity';

/** The demo's road works, the project its hearing is about (and how the demo knows it was seeded). */
export const DEMO_ROAD_WORKS = '北京东路（河南中路—江西中路）道路大修工程';

/** Households of the demo building, and how many approve its convention: two thirds exactly. */
const DEMO_HOUSEHOLDS = 12;
const DEMO_APPROVALS = 8;
const DEMO_REJECTIONS = 2;

/** The demo writes no live updates: nobody listens while it seeds. */
const quiet: LiveUpdates = {
  publish: () => undefined,
  subscribe: () => ({
    [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true as const, value: undefined }) }),
  }),
};

/**
 * 外滩街道's self-governance records (docs/rules.md rule 14), made through the services as the 黄浦区
 * demo ADMIN (`huangpu.admin`) so that their rules and the audit log apply: a decision hearing
 * before road works with the residents' questions and the departments' answers, supported with
 * conditions, and the works then started; a family mediation between neighbours with the women's
 * director, concluded with its written record and submitted to the district civil court; a petition
 * taken up by the women's federation and agreed with the housing department after a round of talks; and a
 * building of 12 households whose convention took effect when 8 of its household codes approved
 * (2 did not, 2 codes are still unused). Once: skipped when the road works exist. Returns how many records were added (0 when skipped).
 */
export async function seedDemoSelfGovernance(db: DataSource, waitanCode: string): Promise<number> {
  const waitan = await db.getRepository(Subdistrict).findOneBy({ code: waitanCode });
  const admin = await db.getRepository(User).findOneBy({ username: 'huangpu.admin' });
  if (!waitan || !admin) return 0;
  if (await db.getRepository(WorksProject).existsBy({ subdistrictId: waitan.id, name: DEMO_ROAD_WORKS })) return 0;
  const [neighborhood] = await db
    .getRepository(Neighborhood)
    .find({ where: { subdistrictId: waitan.id }, order: { code: 'ASC' }, take: 1 });
  if (!neighborhood) return 0;
  const viewer: Viewer = {
    userId: admin.id,
    username: admin.username,
    role: Role.ADMIN,
    districtId: waitan.districtId,
    subdistrictId: null,
    sessionId: null,
  };
  const shared = sharedOf(db, quiet, memoryLimiters);
  const request = { requestId: 'demo-self-governance', address: '127.0.0.1' };
  const { services } = contextOf(shared, viewer, request);
  const departments = await db.getRepository(Department).findBy({ districtId: waitan.districtId });
  const department = (name: string) => departments.find((d) => d.name === name)?.id;

  // A decision hearing before the road works, then the works start on its supporting outcome.
  const project = await services.worksProjects.create({ neighborhoodId: neighborhood.id, name: DEMO_ROAD_WORKS });
  const questions = [
    {
      askedBy: '居民代表 李秀英',
      question: '施工期间老人去菜场、医院怎么走？',
      answeredBy: '区建设管理委员会 项目负责人',
      answer: '分段半幅施工，人行道全程保留，路口设置临时过街通道并有专人引导。',
    },
    {
      askedBy: '居民代表 赵国强',
      question: '夜间会不会施工，噪声怎么控制？',
      answeredBy: '区交警支队 副支队长',
      answer: '晚上10点至次日6点不进行高噪声作业，确需夜间施工的提前三天张贴告示。',
    },
  ];
  const hearing = await services.hearings.create({
    projectId: project.id,
    heldOn: '2026-09-15',
    presenter: '区建设管理委员会 项目负责人',
    constructionStartsOn: '2026-10-08',
    constructionEndsOn: '2026-12-31',
    chairName: `${neighborhood.name}主任`,
    representatives: ['李秀英', '赵国强', '孙美华', '周建平', '吴丽娟'],
    departmentHeads: ['区交警支队 副支队长', '区绿化市容局 科长'],
    questions,
  });
  await services.hearings.recordOutcome(hearing.id, {
    outcome: HearingOutcome.SUPPORTED_WITH_CONDITIONS,
    reasons: '居民代表一致支持大修；条件：保留人行通道、夜间不进行高噪声作业、每周公布施工进度。',
    questions,
  });
  await services.worksProjects.start(project.id, {});

  // A family mediation with the women's director, concluded and submitted to the court.
  const legal = department('黄浦区司法局');
  const housing = department('黄浦区住房保障和房屋管理局');
  const mediation = await services.mediations.create({
    neighborhoodId: neighborhood.id,
    subject: '楼上住户卫生间漏水，楼下老人与楼上一家发生争执',
    disputeKind: DisputeKind.BETWEEN_NEIGHBOURS,
    involvesFamily: true,
    heldOn: '2026-10-20',
    parties: [
      { kind: MediationPartyKind.PERSON, name: '陈阿婆' },
      { kind: MediationPartyKind.PERSON, name: '刘先生、刘太太' },
    ],
    chairName: '王调解主任',
    chairRole: MediationChairRole.MEDIATION_DIRECTOR,
    legalAdviser: '居民区志愿法律顾问 张律师',
    womenDirector: '居民区妇女主任 何丽萍',
    departments: [
      ...(legal ? [{ departmentId: legal, citedLaws: ['《中华人民共和国民法典》第二百八十八条'] }] : []),
      ...(housing ? [{ departmentId: housing, citedLaws: ['《上海市住宅物业管理规定》'] }] : []),
    ],
  });
  await services.mediations.conclude(mediation.id, {
    record:
      '经协调，刘先生一家于两周内请物业维修卫生间防水，承担陈阿婆家天花板修复费用；陈阿婆同意配合入户检查。双方相互谅解，今后有事先找居委会。',
    womenDirector: '居民区妇女主任 何丽萍',
  });
  await services.mediations.submitToCourt(mediation.id);

  // A petition taken up by the women's federation, agreed with the housing department after one round.
  if (housing) {
    const petition = await services.petitions.create({
      neighborhoodId: neighborhood.id,
      subject: '单亲母亲租住的公房漏雨多年未修，多次反映无果',
      petitionerName: '林女士',
      agent: PetitionAgent.WOMENS_FEDERATION,
      agentName: '外滩街道妇联 顾主席',
      departmentId: housing,
      takenUpOn: '2026-10-26',
    });
    await services.petitions.recordTalk(petition.id, {
      heldOn: '2026-11-02',
      participants: ['外滩街道妇联 顾主席', '林女士', '区房管局 维修科科长', `${neighborhood.name}主任`],
      summary: '妇联代林女士陈述漏雨情况和家庭困难；房管局核实后承认维修计划延误。',
    });
    await services.petitions.conclude(petition.id, {
      outcome: PetitionOutcome.AGREED,
      agreement: '区房管局于11月20日前完成屋面翻修，维修期间为林女士一家安排临时周转房；妇联跟踪回访。',
    });
  }

  // A building whose convention took effect at two thirds of its households.
  const building = await services.buildings.create({
    neighborhoodId: neighborhood.id,
    name: '演示楼 江西中路88号',
    households: DEMO_HOUSEHOLDS,
  });
  const convention = await services.conventions.create({
    buildingId: building.id,
    title: '江西中路88号楼居民公约',
    text: [
      '一、楼道、消防通道不堆放杂物，不停放电动自行车。',
      '二、晚上10点至次日7点不进行装修等高噪声活动。',
      '三、垃圾按时分类投放，不高空抛物。',
      '四、邻里有矛盾先协商，协商不成请居委会协调。',
    ].join('\n'),
  });
  const version = await db.getRepository(ConventionVersion).findOneByOrFail({ conventionId: convention.id });
  const issued = await services.householdCodes.issue({ versionId: version.id, count: DEMO_HOUSEHOLDS });
  // The households answer without signing in, the two who do not approve first: the eighth approval
  // puts the version into effect, and an unused code of a version no longer OPEN is told its approval closed.
  const { services: households } = contextOf(shared, null, request);
  const answers = issued.codes.slice(0, DEMO_REJECTIONS + DEMO_APPROVALS);
  for (const [i, code] of answers.entries())
    await households.householdCodes.answer({ code, approve: i >= DEMO_REJECTIONS });
  return housing ? 4 : 3;
}
