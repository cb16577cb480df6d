import type { DataSource } from 'typeorm';
import { logger } from '../core/logger';
import { OfficialCategory } from '../official/official-category';
import { ResponsibilityKind } from '../responsibility/responsibility-kind';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { SelfReport, SelfReportAnswer } from '../self-report/self-report.entity';
import { DEMO_PREFIX } from './demo.seed';

/** The subdistrict whose demo officials get lists and self-reports (外滩街道). */
const DEMO_SUBDISTRICT_CODE = '310101013';
/** The year of the demo lists and self-reports. */
export const DEMO_LIST_YEAR = 2026;

/** Illustrative list per category: two or three duties (该做的) and one red line (不该做的). */
const LISTS: Record<OfficialCategory, { duties: string[]; redLine: string }> = {
  [OfficialCategory.AGENCY_HEAD]: {
    duties: [
      '参加街道党工委召集的联席会议，协同处置辖区综合性问题',
      '居民诉求按时回应，办结率不低于95%',
      '每季度向街道党工委报告工作',
    ],
    redLine: '不得以罚代管、选择性执法',
  },
  [OfficialCategory.CIVIL_SERVANT]: {
    duties: ['落实本办公室职责清单事项，首问负责、一次告知', '每月到联系的居民区听取意见不少于两次'],
    redLine: '不得收受辖区单位和居民的礼品礼金',
  },
  [OfficialCategory.COMMUNITY_WORKER]: {
    duties: ['每月走访居民区的困难家庭和独居老人', '每季度组织一次居民区议事会', '及时上报网格内的安全隐患'],
    redLine: '不得在救助、补贴审核中优亲厚友、弄虚作假',
  },
};

/** What the demo step added. */
export interface DemoResponsibilityReport {
  officials: number;
  items: number;
  reports: number;
}

/**
 * Gives every 外滩街道 demo official a 2026 responsibility list and a self-report answering it, in one
 * transaction of three bulk inserts. Idempotent: officials that already have a 2026 list are left
 * alone. Every fourth official reports their last duty as not fulfilled, so the demo shows both.
 */
export async function seedDemoResponsibilities(db: DataSource): Promise<DemoResponsibilityReport | null> {
  const officials: { id: string; category: OfficialCategory }[] = await db.query(
    `SELECT o.id, o.category FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id
     WHERE s.code = $1 AND o.external_id LIKE $2
       AND NOT EXISTS (SELECT 1 FROM responsibility_item r WHERE r.official_id = o.id AND r.year = $3)
     ORDER BY o.external_id`,
    [DEMO_SUBDISTRICT_CODE, `${DEMO_PREFIX}%`, DEMO_LIST_YEAR],
  );
  if (officials.length === 0) return null;
  const report = await db.transaction(async (manager) => {
    const items = officials.flatMap((official) => {
      const list = LISTS[official.category];
      return [
        ...list.duties.map((content, position) => ({
          officialId: official.id,
          year: DEMO_LIST_YEAR,
          kind: ResponsibilityKind.DUTY,
          content,
          position,
        })),
        {
          officialId: official.id,
          year: DEMO_LIST_YEAR,
          kind: ResponsibilityKind.RED_LINE,
          content: list.redLine,
          position: list.duties.length,
        },
      ];
    });
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ResponsibilityItem)
      .values(items)
      .returning(['id', 'officialId', 'position'])
      .execute();
    const itemIdOf = new Map(
      (inserted.raw as { id: string; official_id: string; position: number }[]).map((r) => [
        `${r.official_id}:${r.position}`,
        r.id,
      ]),
    );
    const reports = await manager
      .createQueryBuilder()
      .insert()
      .into(SelfReport)
      .values(
        officials.map((o, i) => ({
          officialId: o.id,
          year: DEMO_LIST_YEAR,
          summary: summaryOf(LISTS[o.category].duties.length, i % 4 === 3),
        })),
      )
      .orIgnore()
      .returning(['id', 'officialId'])
      .execute();
    const reportOf = new Map((reports.raw as { id: string; official_id: string }[]).map((r) => [r.official_id, r.id]));
    const answers: Partial<SelfReportAnswer>[] = [];
    officials.forEach((official, i) => {
      const reportId = reportOf.get(official.id);
      if (!reportId) return;
      const duties = LISTS[official.category].duties.length;
      for (let position = 0; position <= duties; position += 1) {
        const kind = position < duties ? ResponsibilityKind.DUTY : ResponsibilityKind.RED_LINE;
        const fulfilled = !(i % 4 === 3 && position === duties - 1);
        answers.push({
          reportId,
          itemId: itemIdOf.get(`${official.id}:${position}`),
          fulfilled,
          note: noteOf(kind, fulfilled),
        });
      }
    });
    if (answers.length > 0)
      await manager.createQueryBuilder().insert().into(SelfReportAnswer).values(answers).execute();
    return { officials: officials.length, items: items.length, reports: reportOf.size };
  });
  logger.info(report, 'added the 外滩街道 demo responsibility lists and self-reports');
  return report;
}

function summaryOf(duties: number, oneMissed: boolean): string {
  const done = oneMissed ? duties - 1 : duties;
  return `${DEMO_LIST_YEAR}年，本人对照责任清单履职：${duties}项该做的事项完成${done}项，底线全部守住。${oneMissed ? '未完成的一项已列入下一年度整改计划。' : ''}`;
}

function noteOf(kind: ResponsibilityKind, fulfilled: boolean): string {
  if (kind === ResponsibilityKind.RED_LINE)
    return fulfilled ? '全年未发生此类情况，接受居民监督。' : '发生一次，已向街道党工委说明并整改。';
  return fulfilled ? '已按要求完成，台账齐全。' : '部分完成：人手不足，下半年有两个月未按计划开展，已制定整改措施。';
}
