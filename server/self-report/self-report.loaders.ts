import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { byIdLoader } from '../core/loaders';
import { limitToOfficialScope, officialScopeFilter, officialYearLoader } from '../official/official-record';
import type { Viewer } from '../core/viewer';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { SelfReport, SelfReportAnswer } from './self-report.entity';

/**
 * The answers of each self-report, in the order of the lines they answer (by position), in one
 * `WHERE report_id = ANY($1)` joined to the lines, limited to the officials in the viewer's scope.
 */
function answersByReport(db: DataSource, viewer: Viewer | null): DataLoader<string, SelfReportAnswer[]> {
  return new DataLoader<string, SelfReportAnswer[]>(async (keys) => {
    const ids = [...new Set(keys.filter(isId))];
    if (ids.length === 0) return keys.map(() => []);
    let qb = db
      .getRepository(SelfReportAnswer)
      .createQueryBuilder('a')
      .innerJoin(ResponsibilityItem, 'i', 'i.id = a.itemId')
      .where('a.reportId = ANY(:ids)', { ids });
    if (viewer) qb = limitToOfficialScope(qb, viewer, 'i.officialId');
    const rows = await qb.orderBy('i.position', 'ASC').addOrderBy('i.id', 'ASC').getMany();
    const groups = new Map<string, SelfReportAnswer[]>();
    for (const row of rows) {
      const group = groups.get(row.reportId);
      if (group) group.push(row);
      else groups.set(row.reportId, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * This request's self-report loaders, limited to the officials in the viewer's scope: reports by
 * id, an official's report for a year (`Official.selfReport`), and each report's answers.
 */
export function createSelfReportLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    selfReport: byIdLoader(db, SelfReport, officialScopeFilter(viewer)),
    selfReportsByOfficialYear: officialYearLoader(db, SelfReport, 'year', officialScopeFilter(viewer)),
    selfReportAnswers: answersByReport(db, viewer),
  };
}

/** The self-report loaders, for services that declare them. */
export type SelfReportLoaders = ReturnType<typeof createSelfReportLoaders>;
