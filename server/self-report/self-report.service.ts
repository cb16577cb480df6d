import { snapshot } from '../core/domain-events';
import { BadUserInputError, ForbiddenError } from '../core/errors';
import { OfficialRecordService } from '../official/official-record';
import { assertMay } from '../core/viewer';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { Role } from '../core/role';
import { SelfReport, SelfReportAnswer } from './self-report.entity';
import { SelfReportAnswerInput, SubmitSelfReportInput } from './self-report.inputs';
import type { ServiceContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { SelfReportLoaders } from './self-report.loaders';
import type { OfficialLoaders } from '../official/official.loaders';
import type { UserLoaders } from '../user/user.loaders';
import { selfReportReasons } from './reasons';

/** How an item is named in error messages: kind, place and the start of its wording, and its id. */
function describeItem(item: ResponsibilityItem): string {
  const text = item.content.length > 30 ? `${item.content.slice(0, 30)}…` : item.content;
  return `${item.kind} "${text}" (item ${item.id})`;
}

/** BAD_USER_INPUT on `input.answers`, with the id of the item concerned in `extensions.itemId`. */
function answersError(message: string, itemId: string): BadUserInputError {
  const error = new BadUserInputError(selfReportReasons.answers({ message }), 'input.answers');
  (error.extensions as Record<string, unknown>).itemId = itemId;
  return error;
}

/**
 * Checks docs/rules.md rule 8: the answers cover every line of the list exactly once and nothing else.
 * Raises BAD_USER_INPUT on `input.answers` naming the first answer or line at fault. An item of
 * another list (or no item at all) is reported alike, so nothing about other lists leaks.
 */
export function checkAnswers(listName: string, items: ResponsibilityItem[], answers: SelfReportAnswerInput[]): void {
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Map<string, number>();
  answers.forEach((answer, index) => {
    const item = byId.get(answer.itemId);
    if (!item)
      throw answersError(
        `answer ${index + 1} is for item ${JSON.stringify(answer.itemId)}, which is not a line of ${listName}`,
        answer.itemId,
      );
    const first = seen.get(item.id);
    if (first !== undefined)
      throw answersError(
        `answers ${first + 1} and ${index + 1} both answer ${describeItem(item)}; give one answer per line`,
        item.id,
      );
    seen.set(item.id, index);
  });
  const missing = items.find((item) => !seen.has(item.id));
  if (missing)
    throw answersError(`no answer for ${describeItem(missing)}; answer every line of ${listName}`, missing.id);
}

/** A report and its answers as the audit log keeps them. */
function reportSnapshot(
  report: SelfReport,
  answers: Pick<SelfReportAnswer, 'itemId' | 'fulfilled' | 'note'>[],
): Record<string, unknown> {
  return {
    ...snapshot(report, ['id', 'officialId', 'year', 'summary']),
    answers: answers.map((a) => ({ itemId: a.itemId, fulfilled: a.fulfilled, note: a.note })),
  };
}

/** The loaders this service reads. */
type SelfReportServiceLoaders = SelfReportLoaders & OfficialLoaders & UserLoaders;

/** The services this service calls (the composition root passes them). */
export interface SelfReportDeps {
  officials: OfficialService;
}

/**
 * Self-reports (述职, docs/rules.md rule 8): an official answers every line of their responsibility list
 * for a year. Everyone in scope reads them; the official (an OFFICIAL user linked to them) or an
 * ADMIN in scope submits them. Every submission is audited.
 */
export class SelfReportService extends OfficialRecordService<SelfReport, SelfReportServiceLoaders> {
  protected readonly typeName = 'SelfReport';

  constructor(
    ctx: ServiceContext<SelfReportServiceLoaders>,
    private readonly deps: SelfReportDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.selfReport;
  }

  /** The official's self-report for a year; null when there is none or the official is outside the caller's scope. */
  async ofOfficial(officialId: string, year: number): Promise<SelfReport | null> {
    void this.viewer;
    const [report] = await this.ctx.loaders.selfReportsByOfficialYear.load({ officialId, year });
    return report ?? null;
  }

  /** A report's answers, in the order of the list (through the request's loader). */
  answers(report: SelfReport): Promise<SelfReportAnswer[]> {
    return this.ctx.loaders.selfReportAnswers.load(report.id);
  }

  /**
   * Creates or replaces the official's self-report for the year, in one transaction that holds the
   * official's row, so the list cannot change meanwhile and two submissions cannot interleave.
   * BAD_USER_INPUT on `input.officialId` (unknown official), `input.year` (no list that year) or
   * `input.answers` (a line missing, repeated, or not on the list); FORBIDDEN unless the caller is
   * that official's OFFICIAL user or an ADMIN over the official.
   */
  async submit(input: SubmitSelfReportInput): Promise<SelfReport> {
    const official = await this.deps.officials.referenced(input.officialId, 'input.officialId');
    await this.assertMaySubmit(official.id);
    const listName = `${official.name}'s ${input.year} responsibility list`;
    const report = await this.ctx.transaction(async ({ manager, record }) => {
      await this.lockOfficial(manager, official.id);
      const items = await manager
        .getRepository(ResponsibilityItem)
        .find({ where: { officialId: official.id, year: input.year }, order: { position: 'ASC', id: 'ASC' } });
      if (items.length === 0) {
        throw new BadUserInputError(
          selfReportReasons.noResponsibilityList({ official: official.name, year: input.year }),
          'input.year',
        );
      }
      checkAnswers(listName, items, input.answers);
      const reports = manager.getRepository(SelfReport);
      const answerRows = manager.getRepository(SelfReportAnswer);
      const existing = await reports.findOneBy({ officialId: official.id, year: input.year });
      let before: Record<string, unknown> | null = null;
      let saved: SelfReport;
      if (existing) {
        before = reportSnapshot(existing, await answerRows.findBy({ reportId: existing.id }));
        await reports.update({ id: existing.id }, { summary: input.summary.trim() });
        await answerRows.delete({ reportId: existing.id });
        saved = await reports.findOneByOrFail({ id: existing.id });
      } else {
        saved = await reports.save(
          reports.create({ officialId: official.id, year: input.year, summary: input.summary.trim() }),
        );
      }
      const answers = input.answers.map((a) =>
        answerRows.create({ reportId: saved.id, itemId: a.itemId, fulfilled: a.fulfilled, note: a.note.trim() }),
      );
      await answerRows.insert(answers);
      await record({
        actorId: this.viewer.userId,
        type: 'self_report.submitted',
        entityType: 'SelfReport',
        entityId: saved.id,
        before,
        after: reportSnapshot(saved, answers),
      });
      return saved;
    });
    this.loader.clear(report.id);
    this.ctx.loaders.selfReportsByOfficialYear.clear({ officialId: official.id, year: input.year });
    this.ctx.loaders.selfReportAnswers.clear(report.id);
    return report;
  }

  /** FORBIDDEN unless the caller is the official's own OFFICIAL user, or an ADMIN, and the official lies in the caller's scope. */
  private async assertMaySubmit(officialId: string): Promise<void> {
    const place = await this.placeOfOfficial(officialId);
    if (this.viewer.role === Role.OFFICIAL) {
      const me = await this.ctx.loaders.user.load(this.viewer.userId);
      if (me?.officialId !== officialId) throw new ForbiddenError(selfReportReasons.ownOnly());
      assertMay(this.viewer, [Role.OFFICIAL], place, 'submit this self-report');
      return;
    }
    assertMay(this.viewer, [Role.ADMIN], place, 'submit self-reports');
  }
}
