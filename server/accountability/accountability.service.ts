import { snapshot } from '../core/domain-events';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { limitToOfficialScope, OfficialRecordService } from '../official/official-record';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { assertMay, Place } from '../core/viewer';
import { ResponsibilityKind } from '../responsibility/responsibility-kind';
import { Role } from '../core/role';
import { AccountabilityStatus } from './accountability-enums';
import { AccountabilityCase } from './accountability.entity';
import {
  AccountabilityCaseFilter,
  AccountabilityCaseOrder,
  AccountabilityCaseOrderField,
  ConcludeAccountabilityCaseInput,
  CreateAccountabilityCaseInput,
  UpdateAccountabilityCaseInput,
} from './accountability.inputs';
import { CASE_READERS } from './accountability.loaders';
import { saysSomething } from '../core/inputs';
import type { ServiceContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { ResponsibilityItemService } from '../responsibility/responsibility.service';
import type { AccountabilityLoaders } from './accountability.loaders';
import type { OfficialLoaders } from '../official/official.loaders';
import { coreReasons } from '../core/core-reasons';
import { accountabilityReasons } from './reasons';

const SORT_COLUMNS: Record<AccountabilityCaseOrderField, string> = {
  OPENED_AT: 'c.openedAt',
  CONCLUDED_AT: 'c.concludedAt',
  YEAR: 'c.year',
  STATUS: 'c.status',
};

/** What the audit log keeps of a case. */
const FIELDS: (keyof AccountabilityCase)[] = [
  'id',
  'officialId',
  'year',
  'responsibilityItemId',
  'handledBy',
  'status',
  'summary',
  'conclusion',
  'breachConfirmed',
  'concludedAt',
];

/** The loaders this service reads. */
type AccountabilityCaseServiceLoaders = AccountabilityLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface AccountabilityCaseDeps {
  officials: OfficialService;
  responsibilityItems: ResponsibilityItemService;
}

/**
 * Accountability cases (责任追究, docs/rules.md rule 9). An ASSESSOR or ADMIN whose scope covers the
 * official opens, changes (while OPEN), reads and concludes them; other roles see none. Concluding
 * needs a written conclusion and is final. A concluded case with a confirmed breach marks the
 * official's year as breached (`breachedYears`, for the annual assessment). Every change is
 * audited in its transaction.
 */
export class AccountabilityCaseService extends OfficialRecordService<
  AccountabilityCase,
  AccountabilityCaseServiceLoaders
> {
  protected readonly typeName = 'AccountabilityCase';

  constructor(
    ctx: ServiceContext<AccountabilityCaseServiceLoaders>,
    private readonly deps: AccountabilityCaseDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.accountabilityCase;
  }

  /**
   * The years in which each official breached a red line (a CONCLUDED case with breachConfirmed),
   * for the annual assessment's `redLineBreached`: one query for all of them, through the
   * request's loader; officials outside the caller's scope get no years. Used by
   * `services.assessments` for `redLineBreached`.
   */
  async breachedYears(officialIds: string[]): Promise<Map<string, Set<number>>> {
    // Only the sign-in is checked: the calling service (the annual assessment) checks its own rights.
    if (!this.ctx.viewer) throw new UnauthenticatedError(coreReasons['auth.signInFirst']());
    const lists = await this.ctx.loaders.breachedYearsByOfficial.loadMany(officialIds);
    const result = new Map<string, Set<number>>();
    officialIds.forEach((id, i) => {
      const years = lists[i];
      result.set(id, new Set(years instanceof Error ? [] : years));
    });
    return result;
  }

  /** The years an official breached a red line, ascending (for `Official.redLineBreaches`). */
  breachedYearsOf(officialId: string): Promise<number[]> {
    void this.viewer;
    return this.ctx.loaders.breachedYearsByOfficial.load(officialId);
  }

  /** A page of the cases in the caller's scope matching `filter` (default order: latest opened first); empty for roles that do not read cases. */
  list(
    filter: AccountabilityCaseFilter | undefined,
    orderBy: AccountabilityCaseOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<AccountabilityCase>> {
    const qb = limitToOfficialScope(this.ctx.db.getRepository(AccountabilityCase).createQueryBuilder('c'), this.viewer);
    if (!CASE_READERS.includes(this.viewer.role)) qb.andWhere('1 = 0');
    if (filter?.ids) qb.andWhere('c.id = ANY(:ids)', { ids: filter.ids });
    if (filter?.subdistrictId) {
      qb.andWhere('c.officialId IN (SELECT f_o.id FROM official f_o WHERE f_o.subdistrict_id = :filterSubdistrictId)', {
        filterSubdistrictId: filter.subdistrictId,
      });
    }
    whereEquals(qb, 'officialId', filter?.officialId);
    whereEquals(qb, 'year', filter?.year);
    whereEquals(qb, 'status', filter?.status);
    whereEquals(qb, 'handledBy', filter?.handledBy);
    if (filter?.breachConfirmed != null) {
      qb.andWhere('c.status = :concludedStatus AND c.breachConfirmed = :breach', {
        concludedStatus: AccountabilityStatus.CONCLUDED,
        breach: filter.breachConfirmed,
      });
    }
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: AccountabilityCaseOrderField.OPENED_AT, direction: OrderDirection.DESC },
    ]);
  }

  /**
   * Opens a case. BAD_USER_INPUT on `input.officialId` for an official not in the caller's scope,
   * on `input.responsibilityItemId` for a line that is not a RED_LINE of that official and year;
   * FORBIDDEN unless an ASSESSOR or ADMIN over the official.
   */
  async create(input: CreateAccountabilityCaseInput): Promise<AccountabilityCase> {
    const official = await this.deps.officials.referenced(input.officialId, 'input.officialId');
    this.assertMayHandle(await this.placeOfOfficial(official.id), 'open accountability cases for this official');
    if (input.responsibilityItemId) await this.redLineItem(input.responsibilityItemId, official.id, input.year);
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(AccountabilityCase);
      const created = await repo.save(
        repo.create({
          officialId: official.id,
          year: input.year,
          responsibilityItemId: input.responsibilityItemId ?? null,
          handledBy: input.handledBy,
          status: AccountabilityStatus.OPEN,
          summary: input.summary.trim(),
          conclusion: null,
          breachConfirmed: null,
          concludedAt: null,
        }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'accountability_case.opened',
        entityType: 'AccountabilityCase',
        entityId: created.id,
        after: snapshot(created, FIELDS),
      });
      return created;
    });
  }

  /** Changes an OPEN case. NOT_FOUND; FORBIDDEN as for create; BAD_USER_INPUT on `input.responsibilityItemId`; CONFLICT once concluded. */
  async update(id: string, input: UpdateAccountabilityCaseInput): Promise<AccountabilityCase> {
    const found = await this.get(id);
    this.assertMayHandle(await this.placeOf(found), 'change this accountability case');
    if (input.responsibilityItemId) await this.redLineItem(input.responsibilityItemId, found.officialId, found.year);
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(AccountabilityCase);
      const current = await repo
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      if (current.status !== AccountabilityStatus.OPEN) throw new ConflictError(accountabilityReasons.caseConcluded());
      const before = snapshot(current, FIELDS);
      if (input.responsibilityItemId !== undefined) current.responsibilityItemId = input.responsibilityItemId;
      if (input.handledBy != null) current.handledBy = input.handledBy;
      if (input.summary != null) current.summary = input.summary.trim();
      const result = await repo.save(current);
      await record({
        actorId: this.viewer.userId,
        type: 'accountability_case.updated',
        entityType: 'AccountabilityCase',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    return saved;
  }

  /**
   * Concludes a case for good with a written conclusion and whether a breach was confirmed.
   * NOT_FOUND; FORBIDDEN as for create; BAD_USER_INPUT on `input.conclusion` when blank; CONFLICT
   * when already concluded.
   */
  async conclude(id: string, input: ConcludeAccountabilityCaseInput): Promise<AccountabilityCase> {
    const found = await this.get(id);
    this.assertMayHandle(await this.placeOf(found), 'conclude this accountability case');
    const conclusion = input.conclusion?.trim() ?? '';
    if (!saysSomething(conclusion))
      throw new BadUserInputError(accountabilityReasons.conclusionRequired(), 'input.conclusion');
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(AccountabilityCase);
      const current = await repo
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      if (current.status !== AccountabilityStatus.OPEN)
        throw new ConflictError(accountabilityReasons.caseAlreadyConcluded());
      const before = snapshot(current, FIELDS);
      current.status = AccountabilityStatus.CONCLUDED;
      current.conclusion = conclusion;
      current.breachConfirmed = input.breachConfirmed;
      current.concludedAt = new Date();
      const result = await repo.save(current);
      await record({
        actorId: this.viewer.userId,
        type: 'accountability_case.concluded',
        entityType: 'AccountabilityCase',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    this.ctx.loaders.breachedYearsByOfficial.clear(saved.officialId);
    return saved;
  }

  /** FORBIDDEN unless the caller is an ASSESSOR or ADMIN whose scope covers the place. */
  private assertMayHandle(place: Place, what: string): void {
    if (!CASE_READERS.includes(this.viewer.role))
      throw new ForbiddenError(accountabilityReasons.assessorOnly({ what }));
    assertMay(this.viewer, [Role.ASSESSOR, Role.ADMIN], place, what);
  }

  /** Checks that an item is a RED_LINE line of this official's list for this year; BAD_USER_INPUT on `input.responsibilityItemId` otherwise. */
  private async redLineItem(itemId: string, officialId: string, year: number): Promise<void> {
    const item = await this.deps.responsibilityItems.referenced(itemId, 'input.responsibilityItemId');
    if (item.officialId !== officialId || item.year !== year || item.kind !== ResponsibilityKind.RED_LINE) {
      throw new BadUserInputError(accountabilityReasons.notRedLine({ year }), 'input.responsibilityItemId');
    }
  }
}
