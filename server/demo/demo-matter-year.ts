import { fakerZH_CN as faker } from '@faker-js/faker';
import type { MatterEvent } from '../matter/matter-event.entity';
import { ExtensionStatus, MatterChannel, MatterEventKind, MatterStatus, MatterType } from '../matter/matter-enums';
import { DEADLINE_WORKING_DAYS, EXTENDED_WORKING_DAYS, RESPONSE_WORKING_DAYS } from '../matter/matter-receipt';
import { RECTIFICATION_WORKING_DAYS } from '../matter/matter-resident.service';
import { hashTrackingCode, newTrackingCode, normaliseTrackingCode } from '../matter/tracking-code';
import { dueAfterWorkingDays, isWorkingDay, startOfShanghaiDay, workingDaysBetween } from '../matter/working-days';
import { Satisfaction } from '../rating/satisfaction';
import { type DemoMatterRows, type DemoUnit, eventUnits } from './demo-matter-units';

/** The twelve months of the demo year of matters (Asia/Shanghai), December 2025 to November 2026. */
export const DEMO_MATTER_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 11 + i, 1));
  return d.toISOString().slice(0, 7);
});
/** Nothing of the demo year happens at or after this instant (2026-12-01 00:00 Asia/Shanghai). */
export const DEMO_MATTER_CUTOFF = startOfShanghaiDay('2026-12-01');

const HOUR = 3_600_000;

/** What residents bring to each kind of office or agency: a title and the place it concerns. */
const TOPICS: Record<string, string[]> = {
  PARTY_GOVERNMENT: ['政务公开信息查询', '街道办事指南咨询', '对街道工作的意见建议'],
  PARTY_BUILDING: ['党员组织关系转接咨询', '楼宇党建活动场地', '退休党员组织生活安排'],
  COMMUNITY_MANAGEMENT: ['小区楼道堆物', '沿街店招破损', '老旧小区加装电梯协调', '共享单车乱停放'],
  COMMUNITY_SERVICE: ['老人助餐点申请', '残疾人补贴咨询', '失业登记办理', '居家养老服务预约'],
  COMMUNITY_SAFETY: ['邻里纠纷调解', '电动车楼道充电隐患', '小区门禁损坏'],
  COMMUNITY_SELF_GOVERNANCE: ['业委会换届咨询', '志愿者招募', '居民议事会场地'],
  POLICE_STATION: ['夜间噪声扰民', '户籍证明办理', '小区盗窃隐患'],
  JUSTICE_OFFICE: ['法律援助咨询', '租赁纠纷调解', '遗产继承咨询'],
  MARKET_SUPERVISION: ['预付卡商家跑路', '餐饮店卫生问题', '商品价格不明码标价'],
  HOUSING_OFFICE: ['房屋漏水维修', '物业服务不到位', '公房租赁变更'],
  URBAN_MANAGEMENT: ['占道经营', '违章搭建', '夜间施工扰民'],
  GREENING_SANITATION: ['垃圾分类点满溢', '行道树遮挡采光', '道路保洁不及时'],
};
const RESPONSES = ['已受理，正在核实情况。', '已联系当事人，将尽快处理。', '已派员现场查看。'];
const RESOLUTIONS = ['已现场处理完毕，并向居民反馈。', '经协调已解决，居民认可。', '已按规定办理完毕。'];
const COMMENTS_GOOD = ['处理及时，谢谢。', '态度很好。', '问题解决了。', ''];
const COMMENTS_BAD = ['拖了很久才处理。', '问题没有真正解决。', '答复敷衍。'];
const CHANNELS = Object.values(MatterChannel);

/** The working days (YYYY-MM-DD) of a month (YYYY-MM). */
function workingDaysOf(month: string): string[] {
  const days: string[] = [];
  for (
    let d = new Date(`${month}-01T00:00:00Z`);
    d.toISOString().startsWith(month);
    d = new Date(d.getTime() + 86_400_000)
  ) {
    const day = d.toISOString().slice(0, 10);
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

function pickType(): MatterType {
  const r = faker.number.float({ min: 0, max: 1 });
  if (r < 0.3) return MatterType.CONSULTATION;
  if (r < 0.65) return MatterType.COMPLAINT;
  if (r < 0.95) return MatterType.REQUEST_FOR_HELP;
  return MatterType.COMPLEX;
}

function hoursLater(from: Date, min: number, max: number): Date {
  return new Date(from.getTime() + faker.number.float({ min, max }) * HOUR);
}

/**
 * A year of residents' matters (DEMO_MATTER_MONTHS) for the offices and agencies of the given
 * 街道, deterministic (call after `faker.seed`): each unit receives one to four matters a month and
 * handles them as well as its own quality (drawn once, 0.55–0.97) lets it — responding within the
 * working day, resolving by the due time, pleasing the resident — so that the monthly ranking
 * shows a real spread. Some are transferred (the delay charged), COMPLEX ones get an approved
 * extension, late ones carry the OVERDUE mark, a dissatisfied rating opens a rectification that is
 * resolved again. Nothing happens at or after DEMO_MATTER_CUTOFF, and every matter is due before it.
 */
export function demoMatterYear(
  unitsBySubdistrict: Map<string, DemoUnit[]>,
  neighborhoodsBySubdistrict: Map<string, string[]>,
): DemoMatterRows[] {
  const rows: DemoMatterRows[] = [];
  for (const [subdistrictId, units] of unitsBySubdistrict) {
    const neighborhoods = neighborhoodsBySubdistrict.get(subdistrictId) ?? [];
    const partyGovernment = units.find((u) => u.kind === 'PARTY_GOVERNMENT')!;
    const quality = new Map(units.map((u) => [u, faker.number.float({ min: 0.55, max: 0.97 })]));
    for (const month of DEMO_MATTER_MONTHS) {
      const days = workingDaysOf(month);
      for (const unit of units) {
        const count = faker.number.int({ min: 1, max: 4 });
        for (let i = 0; i < count; i += 1) {
          const row = demoMatter(
            unit,
            units,
            partyGovernment,
            quality,
            faker.helpers.arrayElement(days),
            neighborhoods,
          );
          if (row) rows.push(row);
        }
      }
    }
  }
  return rows;
}

function demoMatter(
  receiver: DemoUnit,
  units: DemoUnit[],
  partyGovernment: DemoUnit,
  quality: Map<DemoUnit, number>,
  day: string,
  neighborhoods: string[],
): DemoMatterRows | null {
  const type = pickType();
  const receivedAt = new Date(startOfShanghaiDay(day).getTime() + faker.number.float({ min: 8.5, max: 17 }) * HOUR);
  const extended = type === MatterType.COMPLEX;
  const dueAt = dueAfterWorkingDays(receivedAt, extended ? EXTENDED_WORKING_DAYS : DEADLINE_WORKING_DAYS[type]);
  if (dueAt.getTime() >= DEMO_MATTER_CUTOFF.getTime()) return null;
  const responseDueAt = dueAfterWorkingDays(receivedAt, RESPONSE_WORKING_DAYS);
  const topic = faker.helpers.arrayElement(TOPICS[receiver.kind] ?? TOPICS.COMMUNITY_MANAGEMENT);
  const events: Partial<MatterEvent>[] = [{ kind: MatterEventKind.RECEIVED, at: receivedAt, ...eventUnits(receiver) }];
  let owner = receiver;
  let ownerSince = receivedAt;
  let transferCount = 0;
  // Some matters belong elsewhere: passed on within the first day or two, the delay charged.
  if (faker.number.float({ min: 0, max: 1 }) < 0.12) {
    const target = faker.helpers.arrayElement(units.filter((u) => u !== receiver && u.duties.length > 0));
    const at = hoursLater(receivedAt, 2, 40);
    events.push({
      kind: MatterEventKind.TRANSFERRED,
      at,
      ...eventUnits(receiver, target),
      duty: target.duties[0],
      note: `该事项属于${target.name}的职责`,
      chargedWorkingDays: workingDaysBetween(receivedAt, at),
    });
    owner = target;
    ownerSince = at;
    transferCount = 1;
  }
  const q = quality.get(owner)!;
  const respondedAt =
    faker.number.float({ min: 0, max: 1 }) < q ? hoursLater(ownerSince, 0.5, 5) : hoursLater(responseDueAt, 1, 30);
  const response = faker.helpers.arrayElement(RESPONSES);
  events.push({ kind: MatterEventKind.RESPONDED, at: respondedAt, ...eventUnits(owner), note: response });
  if (extended) {
    const asked = hoursLater(respondedAt, 1, 4);
    events.push(
      { kind: MatterEventKind.EXTENSION_REQUESTED, at: asked, ...eventUnits(owner), note: '涉及多个部门，需要延期' },
      {
        kind: MatterEventKind.EXTENSION_DECIDED,
        at: hoursLater(asked, 1, 4),
        ...eventUnits(partyGovernment),
        decision: ExtensionStatus.APPROVED,
        note: '同意延期',
      },
    );
  }
  const inTime = faker.number.float({ min: 0, max: 1 }) < q;
  let resolvedAt = inTime
    ? new Date(
        Math.max(respondedAt.getTime(), Math.min(dueAt.getTime() - HOUR, hoursLater(respondedAt, 2, 60).getTime())),
      )
    : hoursLater(dueAt, 10, 120);
  let overdueAt: Date | null = null;
  if (resolvedAt.getTime() > dueAt.getTime()) {
    overdueAt = new Date(dueAt.getTime() + 60_000);
    events.push({ kind: MatterEventKind.OVERDUE, at: overdueAt, ...eventUnits(owner) });
  }
  const matter = {
    externalId: null,
    type,
    channel: faker.helpers.arrayElement(CHANNELS),
    subdistrictId: owner.subdistrictId,
    neighborhoodId: neighborhoods.length > 0 ? faker.helpers.arrayElement(neighborhoods) : null,
    title: topic,
    description: `居民反映：${topic}，希望尽快处理。`,
    place: '',
    reporterName: faker.person.fullName(),
    reporterPhone: `1${faker.helpers.arrayElement(['38', '39', '58', '86', '35'])}${faker.string.numeric(8)}`,
    receiverOfficeId: receiver.officeId,
    receiverAgencyId: receiver.agencyId,
    ownerOfficeId: owner.officeId,
    ownerAgencyId: owner.agencyId,
    ownerSince,
    receivedAt,
    responseDueAt,
    dueAt,
    respondedAt,
    response,
    extensionStatus: extended ? ExtensionStatus.APPROVED : null,
    overdueAt,
    transferCount,
    runAround: false,
    ratingCounts: true,
    trackingCodeHash: hashTrackingCode(normaliseTrackingCode(newTrackingCode())!),
    createdAt: receivedAt,
    status: MatterStatus.IN_PROGRESS,
  } as DemoMatterRows['matter'];
  if (resolvedAt.getTime() >= DEMO_MATTER_CUTOFF.getTime()) {
    // Still open at the end of the demo year, and marked overdue.
    return { matter: { ...matter, updatedAt: overdueAt ?? respondedAt }, events };
  }
  const resolution = faker.helpers.arrayElement(RESOLUTIONS);
  events.push({ kind: MatterEventKind.RESOLVED, at: resolvedAt, ...eventUnits(owner), note: resolution });
  Object.assign(matter, { status: MatterStatus.RESOLVED, resolvedAt, firstResolvedAt: resolvedAt, resolution });
  const ratedAt = hoursLater(resolvedAt, 4, 72);
  if (faker.number.float({ min: 0, max: 1 }) < 0.75 && ratedAt.getTime() + 96 * HOUR < DEMO_MATTER_CUTOFF.getTime()) {
    const pleased = faker.number.float({ min: 0, max: 1 }) < q;
    const satisfaction = pleased
      ? faker.helpers.arrayElement([
          Satisfaction.VERY_SATISFIED,
          Satisfaction.SATISFIED,
          Satisfaction.BASICALLY_SATISFIED,
        ])
      : faker.helpers.arrayElement([Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED]);
    const comment = faker.helpers.arrayElement(pleased ? COMMENTS_GOOD : COMMENTS_BAD) || null;
    events.push({ kind: MatterEventKind.RATED, at: ratedAt, satisfaction, note: comment });
    Object.assign(matter, { satisfaction, ratingComment: comment, ratedAt });
    if (!pleased) {
      // A dissatisfied rating opens a rectification, resolved again within its deadline.
      const rectificationDueAt = dueAfterWorkingDays(ratedAt, RECTIFICATION_WORKING_DAYS);
      resolvedAt = hoursLater(ratedAt, 24, 72);
      events.push(
        { kind: MatterEventKind.RECTIFICATION_OPENED, at: ratedAt, ...eventUnits(owner) },
        { kind: MatterEventKind.RESOLVED, at: resolvedAt, ...eventUnits(owner), note: '已整改并回访居民。' },
      );
      Object.assign(matter, { rectificationDueAt, resolvedAt });
    }
  }
  return { matter: { ...matter, updatedAt: resolvedAt }, events };
}
