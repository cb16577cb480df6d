import { MatterChannel, MatterEventKind, MatterStatus, MatterType } from '../matter/matter-enums';
import { DEADLINE_WORKING_DAYS, RESPONSE_WORKING_DAYS } from '../matter/matter-receipt';
import { hashTrackingCode, normaliseTrackingCode } from '../matter/tracking-code';
import { dueAfterWorkingDays, workingDaysBetween } from '../matter/working-days';
import { Satisfaction } from '../rating/satisfaction';
import { DEMO_PREFIX } from './demo.seed';
import { type DemoMatterRows, type DemoUnit, eventUnits } from './demo-matter-units';

/** externalId of the demo's fire-lane matter. */
export const FIRE_LANE_EXTERNAL_ID = `${DEMO_PREFIX}FIRE-LANE`;
/** The resident's tracking code of the demo's fire-lane matter (demo data only: `#/matter/WTXF-2026-0706-0001`). */
export const FIRE_LANE_TRACKING_CODE = 'WTXF-2026-0706-0001';

/** An instant of Asia/Shanghai wall-clock time, e.g. `at('2026-07-06', '09:30')`. */
function at(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

/**
 * The reform's fire-lane case (docs/rules.md rule 13) in 外滩街道, July 2026: an owners'
 * committee director reports at 社区自治办's counter that the neighbouring estate has turned a fire
 * lane into a car park. 自治办 (first receiver) answers the same day and passes it to 社区管理办,
 * which passes it to 社区平安办, which passes it back to 管理办 — run-around: escalated to the
 * 党政办公室, which decides that 管理办 owns it. Each passing owner is charged the working days it
 * held the matter (自治办 2.042, 管理办 1.229, 平安办 0.792, 党政办 0.917). 管理办 resolves it within
 * the deadline and the resident rates it SATISFIED. `units` are 外滩街道's offices.
 */
export function fireLaneCase(units: DemoUnit[], neighborhoodId: string | null): DemoMatterRows {
  const office = (kind: string) => units.find((u) => u.officeId && u.kind === kind)!;
  const selfGovernance = office('COMMUNITY_SELF_GOVERNANCE');
  const management = office('COMMUNITY_MANAGEMENT');
  const safety = office('COMMUNITY_SAFETY');
  const partyGovernment = office('PARTY_GOVERNMENT');
  const receivedAt = at('2026-07-06', '09:30');
  const responded = at('2026-07-06', '15:00');
  const toManagement = at('2026-07-08', '10:30');
  const toSafety = at('2026-07-09', '16:00');
  const back = at('2026-07-10', '11:00');
  const decided = at('2026-07-13', '09:00');
  const resolved = at('2026-07-13', '17:00');
  const rated = at('2026-07-15', '10:00');
  const response = '已受理，正在联系相关部门核实处理。';
  const resolution = '会同派出所、房管办清离占道车辆，恢复消防通道；督促物业公司履行管理职责，设置禁停标志。';
  const comment = '消防通道已经畅通，谢谢。';
  const housingDuty = '市容环境和房屋管理协调';
  const matter = {
    externalId: FIRE_LANE_EXTERNAL_ID,
    type: MatterType.COMPLAINT,
    channel: MatterChannel.COUNTER,
    status: MatterStatus.RESOLVED,
    subdistrictId: management.subdistrictId,
    neighborhoodId,
    title: '消防通道被改成停车场',
    description: '业委会主任反映：相邻小区把消防通道改成了停车场，物业公司收费却不管理。',
    place: '外滩街道某小区东侧消防通道',
    reporterName: '王建国',
    reporterPhone: '13812345678',
    receiverOfficeId: selfGovernance.officeId,
    receiverAgencyId: null,
    ownerOfficeId: management.officeId,
    ownerAgencyId: null,
    ownerSince: decided,
    receivedAt,
    responseDueAt: dueAfterWorkingDays(receivedAt, RESPONSE_WORKING_DAYS),
    dueAt: dueAfterWorkingDays(receivedAt, DEADLINE_WORKING_DAYS[MatterType.COMPLAINT]),
    respondedAt: responded,
    response,
    resolvedAt: resolved,
    firstResolvedAt: resolved,
    resolution,
    runAround: true,
    transferCount: 3,
    ratingCounts: true,
    satisfaction: Satisfaction.SATISFIED,
    ratingComment: comment,
    ratedAt: rated,
    trackingCodeHash: hashTrackingCode(normaliseTrackingCode(FIRE_LANE_TRACKING_CODE)!),
    createdAt: receivedAt,
    updatedAt: rated,
  };
  const transfer = (from: DemoUnit, to: DemoUnit, since: Date, when: Date, duty: string, reason: string) => ({
    kind: MatterEventKind.TRANSFERRED,
    at: when,
    ...eventUnits(from, to),
    duty,
    note: reason,
    chargedWorkingDays: workingDaysBetween(since, when),
  });
  const events = [
    { kind: MatterEventKind.RECEIVED, at: receivedAt, ...eventUnits(selfGovernance) },
    { kind: MatterEventKind.RESPONDED, at: responded, ...eventUnits(selfGovernance), note: response },
    transfer(selfGovernance, management, receivedAt, toManagement, '城市综合管理', '停车管理属于城市综合管理'),
    transfer(management, safety, toManagement, toSafety, '综合治理和维护稳定', '消防安全属于综合治理'),
    transfer(safety, management, toSafety, back, housingDuty, '物业不履职属于房屋管理协调'),
    {
      kind: MatterEventKind.ESCALATED,
      at: back,
      ...eventUnits(management, partyGovernment),
      note: `${management.name} had already passed this matter on (run-around); ${partyGovernment.name} must decide the owner`,
    },
    {
      kind: MatterEventKind.OWNER_DECIDED,
      at: decided,
      ...eventUnits(partyGovernment, management),
      duty: housingDuty,
      note: '占用消防通道源于物业不履职，由社区管理办牵头，会同派出所、房管办处理',
      chargedWorkingDays: workingDaysBetween(back, decided),
    },
    { kind: MatterEventKind.RESOLVED, at: resolved, ...eventUnits(management), note: resolution },
    { kind: MatterEventKind.RATED, at: rated, satisfaction: Satisfaction.SATISFIED, note: comment },
  ];
  return { matter, events };
}
