import { snapshot } from '../core/domain-events';
import { limitToOfficialScope, OfficialRecordService } from '../official/official-record';
import { whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { assertMay } from '../core/viewer';
import { SelfReportAnswer } from '../self-report/self-report.entity';
import { Role } from '../core/role';
import { ResponsibilityItem } from './responsibility.entity';
import {
  CreateResponsibilityItemInput,
  ResponsibilityItemFilter,
  ResponsibilityItemOrder,
  ResponsibilityItemOrderField,
  UpdateResponsibilityItemInput,
} from './responsibility.inputs';
import type { ServiceContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { ResponsibilityLoaders } from './responsibility.loaders';
import type { OfficialLoaders } from '../official/official.loaders';

const SORT_COLUMNS: Record<ResponsibilityItemOrderField, string> = {
  YEAR: 'r.year',
  POSITION: 'r.position',
  KIND: 'r.kind',
  CREATED_AT: 'r.createdAt',
};

/** What the audit log keeps of an item. */
const FIELDS: (keyof ResponsibilityItem)[] = ['id', 'officialId', 'year', 'kind', 'content', 'position'];

/** The loaders this service reads. */
type ResponsibilityItemServiceLoaders = ResponsibilityLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface ResponsibilityItemDeps {
  officials: OfficialService;
}

/**
 * Responsibility lists (责任清单, docs/rules.md rule 8): each official's yearly DUTY and RED_LINE lines.
 * ADMINs in scope keep them; everyone in scope reads them. Every change is audited.
 */
export class ResponsibilityItemService extends OfficialRecordService<
  ResponsibilityItem,
  ResponsibilityItemServiceLoaders
> {
  protected readonly typeName = 'ResponsibilityItem';

  constructor(
    ctx: ServiceContext<ResponsibilityItemServiceLoaders>,
    private readonly deps: ResponsibilityItemDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.responsibilityItem;
  }

  /** An official's list for a year, by position (through the request's loader; empty outside the caller's scope). */
  ofOfficial(officialId: string, year: number): Promise<ResponsibilityItem[]> {
    void this.viewer;
    return this.ctx.loaders.responsibilityItemsByOfficialYear.load({ officialId, year });
  }

  /** A page of the items in the caller's scope matching `filter` (default order: by year, then position). */
  list(
    filter: ResponsibilityItemFilter | undefined,
    orderBy: ResponsibilityItemOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<ResponsibilityItem>> {
    const qb = limitToOfficialScope(this.ctx.db.getRepository(ResponsibilityItem).createQueryBuilder('r'), this.viewer);
    if (filter?.ids) qb.andWhere('r.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'officialId', filter?.officialId);
    whereEquals(qb, 'year', filter?.year);
    whereEquals(qb, 'kind', filter?.kind);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: ResponsibilityItemOrderField.YEAR },
      { field: ResponsibilityItemOrderField.POSITION },
    ]);
  }

  /**
   * Adds a line to an official's list for a year (ADMIN over the official): at `position`, moving
   * the lines from there on down by one, or without a position after the last line.
   * BAD_USER_INPUT on `input.officialId` for an unknown official; FORBIDDEN.
   */
  async create(input: CreateResponsibilityItemInput): Promise<ResponsibilityItem> {
    const official = await this.deps.officials.referenced(input.officialId, 'input.officialId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      await this.placeOfOfficial(official.id),
      "keep this official's responsibility list",
    );
    const created = await this.ctx.transaction(async ({ manager, record }) => {
      await this.lockOfficial(manager, official.id);
      let position = input.position;
      if (position == null) {
        const [{ next }] = await manager.query(
          `SELECT coalesce(max(position) + 1, 0)::int AS next FROM responsibility_item WHERE official_id = $1 AND year = $2`,
          [official.id, input.year],
        );
        position = next as number;
      } else {
        await manager.query(
          `UPDATE responsibility_item SET position = position + 1 WHERE official_id = $1 AND year = $2 AND position >= $3`,
          [official.id, input.year, position],
        );
      }
      const repo = manager.getRepository(ResponsibilityItem);
      const item = await repo.save(
        repo.create({
          officialId: official.id,
          year: input.year,
          kind: input.kind,
          content: input.content.trim(),
          position,
        }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'responsibility_item.created',
        entityType: 'ResponsibilityItem',
        entityId: item.id,
        after: snapshot(item, FIELDS),
      });
      return item;
    });
    this.forget(created);
    return created;
  }

  /**
   * Rewords a line, changes its kind or moves it within its list (ADMIN over the official); a move
   * shifts the lines in between by one. NOT_FOUND, FORBIDDEN.
   */
  async update(id: string, input: UpdateResponsibilityItemInput): Promise<ResponsibilityItem> {
    const item = await this.get(id);
    await this.assertAdminOver(item, "keep this official's responsibility list");
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      await this.lockOfficial(manager, item.officialId);
      const current = await manager.getRepository(ResponsibilityItem).findOneByOrFail({ id });
      const before = snapshot(current, FIELDS);
      if (input.kind != null) current.kind = input.kind;
      if (input.content != null) current.content = input.content.trim();
      if (input.position != null && input.position !== current.position) {
        const [from, to] = [current.position, input.position];
        const [low, high, step] = to < from ? [to, from - 1, 1] : [from + 1, to, -1];
        await manager.query(
          `UPDATE responsibility_item SET position = position + $5 WHERE official_id = $1 AND year = $2 AND position BETWEEN $3 AND $4`,
          [current.officialId, current.year, low, high, step],
        );
        current.position = to;
      }
      const result = await manager.getRepository(ResponsibilityItem).save(current);
      await record({
        actorId: this.viewer.userId,
        type: 'responsibility_item.updated',
        entityType: 'ResponsibilityItem',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.forget(saved);
    return saved;
  }

  /**
   * Deletes a line (ADMIN over the official) and returns its id. A self-report's answer to it goes
   * with it (the report then still answers every remaining line); the audit log keeps both.
   */
  async remove(id: string): Promise<string> {
    const item = await this.get(id);
    await this.assertAdminOver(item, "keep this official's responsibility list");
    await this.ctx.transaction(async ({ manager, record }) => {
      await this.lockOfficial(manager, item.officialId);
      const answers = await manager.getRepository(SelfReportAnswer).findBy({ itemId: id });
      await manager.getRepository(ResponsibilityItem).delete({ id });
      await record(
        {
          actorId: this.viewer.userId,
          type: 'responsibility_item.deleted',
          entityType: 'ResponsibilityItem',
          entityId: id,
          before: snapshot(item, FIELDS),
        },
        ...answers.map((a) => ({
          actorId: this.viewer.userId,
          type: 'self_report.answer_removed',
          entityType: 'SelfReport',
          entityId: a.reportId,
          before: snapshot(a, ['itemId', 'fulfilled', 'note']),
        })),
      );
    });
    this.forget(item);
    return id;
  }

  /** Drops what this request's loaders hold of a list that just changed (a move shifts other lines too). */
  private forget(item: ResponsibilityItem): void {
    this.loader.clearAll();
    this.ctx.loaders.responsibilityItemsByOfficialYear.clear({ officialId: item.officialId, year: item.year });
  }
}
