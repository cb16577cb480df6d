import { snapshot } from '../core/domain-events';
import { batchWriter, checkBatch, writeBatch, type UpsertOutcome } from '../core/upsert-batch';
import { BadUserInputError, ConflictError, NotFoundError } from '../core/errors';
import { whereEquals } from '../core/filters';
import { saysSomething } from '../core/inputs';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { shanghaiToday } from '../core/shanghai-day';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import { assertMay, type Place, type Viewer } from '../core/viewer';
import type { DepartmentService } from '../department/department.service';
import { IntegrationScope } from '../integration/integration-scope';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { CourtConfirmation, MediationStatus } from './mediation-enums';
import { Mediation, MediationDepartment } from './mediation.entity';
import {
  ConcludeMediationInput,
  CreateMediationInput,
  MediationDepartmentInput,
  MediationFilter,
  MediationOrder,
  MediationOrderField,
  MAX_UPSERT_ROWS,
  UpdateMediationInput,
  UpsertMediationInput,
} from './mediation.inputs';
import { mediationScopeFilter, type MediationLoaders } from './mediation.loaders';
import { mediationReasons } from './reasons';

const SORT_COLUMNS: Record<MediationOrderField, string> = {
  HELD_ON: 'm.heldOn',
  CREATED_AT: 'm.createdAt',
};

/** What the audit log keeps of a mediation. */
const FIELDS: (keyof Mediation)[] = [
  'id',
  'externalId',
  'neighborhoodId',
  'subject',
  'disputeKind',
  'involvesFamily',
  'heldOn',
  'parties',
  'chairName',
  'chairRole',
  'legalAdviser',
  'womenDirector',
  'departments',
  'status',
  'record',
  'concludedAt',
  'courtConfirmation',
  'courtConfirmationAt',
];

/** The state of a mediation as recorded: OPEN, without record or court confirmation. */
const OPEN_MEDIATION = {
  status: MediationStatus.OPEN,
  record: null,
  concludedAt: null,
  courtConfirmation: CourtConfirmation.NOT_REQUESTED,
  courtConfirmationAt: null,
} satisfies Partial<Mediation>;

/** The services this service calls (the composition root passes them). */
export interface MediationDeps {
  neighborhoods: NeighborhoodService;
  departments: DepartmentService;
}

/**
 * Mediation meetings (矛盾协调会, docs/rules.md rule 14). An ADMIN over the 街道 records, changes
 * (while OPEN) and concludes them, and keeps the court confirmation; ADMINs in scope and service
 * tokens with `self-governance:read` read them; other roles see none. Where family, women or
 * children are involved, a mediation is concluded only with the women's director attending.
 * Every change is audited in its transaction.
 */
export class MediationService extends RecordService<Mediation, MediationLoaders> {
  protected readonly typeName = 'Mediation';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<MediationLoaders>,
    private readonly deps: MediationDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.mediation;
  }

  protected placeOf(mediation: Mediation) {
    return this.placeInSubdistrict(mediation.subdistrictId);
  }

  /** A page of the mediations the caller reads matching `filter` (default: latest held first). */
  list(
    filter: MediationFilter | undefined,
    orderBy: MediationOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Mediation>> {
    const qb = this.ctx.db.getRepository(Mediation).createQueryBuilder('m');
    mediationScopeFilter(this.viewer)?.(qb);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'status', filter?.status);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: MediationOrderField.HELD_ON, direction: OrderDirection.DESC },
    ]);
  }

  /**
   * Records a mediation meeting in a neighborhood (ADMIN over its 街道). BAD_USER_INPUT naming the
   * field (unknown neighborhood; a department not of the neighborhood's district or a blank law);
   * FORBIDDEN.
   */
  async create(input: CreateMediationInput): Promise<Mediation> {
    const values = await this.draft(input, this.viewer, [Role.ADMIN]);
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(Mediation);
      const created = await repo.save(repo.create({ ...values, ...OPEN_MEDIATION, externalId: null }));
      await record({
        actorId: this.viewer.userId,
        type: 'mediation.created',
        entityType: 'Mediation',
        entityId: created.id,
        after: snapshot(created, FIELDS),
      });
      return created;
    });
  }

  /**
   * Mediations a district system keeps, by externalId within their 街道 (an ADMIN over each row's
   * 街道, or a service token with `self-governance:write`), at most 200 in one transaction: a new
   * externalId records an OPEN mediation as `createMediation` does, a known OPEN one takes the
   * row's details, one that already has them is left as it is (the same batch twice changes
   * nothing). Concluding stays `concludeMediation`'s. BAD_USER_INPUT naming `input[i].<field>`
   * with `extensions.errors` listing every bad row — the rules of createMediation, a CONCLUDED
   * mediation (`externalId`), clearing `involvesFamily` — and nothing is written; FORBIDDEN.
   */
  async upsert(rows: UpsertMediationInput[]): Promise<UpsertOutcome<Mediation>> {
    const viewer = batchWriter(this.ctx.viewer, IntegrationScope.SELF_GOVERNANCE_WRITE, 'upsert mediations');
    const drafts = await checkBatch(rows, UpsertMediationInput, MAX_UPSERT_ROWS, (row) =>
      this.draft(row, viewer, [Role.ADMIN, Role.INTEGRATION]),
    );
    const outcome = await this.ctx.transaction((tx) =>
      writeBatch(
        tx,
        Mediation,
        rows.map((row, i) => ({
          externalId: row.externalId,
          values: drafts[i],
          initial: OPEN_MEDIATION,
          refuse: (current) =>
            !current
              ? null
              : current.status !== MediationStatus.OPEN
                ? { field: 'externalId', reason: mediationReasons.mediationConcluded() }
                : current.involvesFamily && !drafts[i].involvesFamily
                  ? { field: 'involvesFamily', reason: mediationReasons.familyCannotClear() }
                  : null,
        })),
        {
          entityType: 'Mediation',
          created: 'mediation.created',
          updated: 'mediation.updated',
          actorId: viewer.userId,
          fields: FIELDS,
        },
      ),
    );
    outcome.records.forEach((m) => this.loader.clear(m.id).prime(m.id, m));
    return outcome;
  }

  /**
   * The fields a new mediation's input sets, checked (unknown neighborhood; a department not of
   * the neighborhood's district or a blank law: BAD_USER_INPUT naming the field); FORBIDDEN unless
   * the caller has one of `roles` over the neighborhood's 街道.
   */
  private async draft(input: CreateMediationInput, viewer: Viewer, roles: Role[]) {
    const neighborhood = await this.deps.neighborhoods.referenced(input.neighborhoodId, 'input.neighborhoodId');
    const place = await this.placeInSubdistrict(neighborhood.subdistrictId);
    assertMay(viewer, roles, place, `record mediations in ${neighborhood.name}`);
    const departments = await this.departmentsOf(input.departments ?? [], place);
    return {
      neighborhoodId: neighborhood.id,
      subdistrictId: neighborhood.subdistrictId,
      subject: input.subject.trim(),
      disputeKind: input.disputeKind,
      involvesFamily: input.involvesFamily ?? false,
      heldOn: input.heldOn,
      parties: input.parties.map((p) => ({ name: p.name.trim(), kind: p.kind })),
      chairName: input.chairName.trim(),
      chairRole: input.chairRole,
      legalAdviser: input.legalAdviser.trim(),
      womenDirector: input.womenDirector?.trim() ?? null,
      departments,
    };
  }

  /**
   * Changes an OPEN mediation (ADMIN over its 街道). Once recorded as involving family, women or
   * children it stays so: `involvesFamily: false` is then BAD_USER_INPUT on `input.involvesFamily`
   * and nothing changes (docs/rules.md rule 14). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT naming the
   * field; CONFLICT once concluded.
   */
  async update(id: string, input: UpdateMediationInput): Promise<Mediation> {
    const found = await this.get(id);
    const place = await this.placeOf(found);
    assertMay(this.viewer, [Role.ADMIN], place, 'change this mediation');
    const departments = input.departments ? await this.departmentsOf(input.departments, place) : undefined;
    return this.change(id, 'mediation.updated', (current) => {
      if (current.status !== MediationStatus.OPEN) throw new ConflictError(mediationReasons.mediationConcluded());
      if (input.subject != null) current.subject = input.subject.trim();
      if (current.involvesFamily && input.involvesFamily === false)
        throw new BadUserInputError(mediationReasons.familyCannotClear(), 'input.involvesFamily');
      if (input.involvesFamily != null) current.involvesFamily = input.involvesFamily;
      if (input.heldOn != null) current.heldOn = input.heldOn;
      if (input.parties != null) current.parties = input.parties.map((p) => ({ name: p.name.trim(), kind: p.kind }));
      if (input.chairName != null) current.chairName = input.chairName.trim();
      if (input.chairRole != null) current.chairRole = input.chairRole;
      if (input.legalAdviser != null) current.legalAdviser = input.legalAdviser.trim();
      if (input.womenDirector !== undefined) current.womenDirector = input.womenDirector?.trim() ?? null;
      if (departments) current.departments = departments;
    });
  }

  /**
   * Concludes a mediation for good with its written record, filed (ADMIN over its 街道). Where
   * family, women or children are involved, the women's director must have attended (given now or
   * before): otherwise BAD_USER_INPUT on `input.womenDirector` and nothing changes
   * (docs/rules.md rule 14). Not before the day it is held (Asia/Shanghai): BAD_USER_INPUT on `id`
   * (change `heldOn` with updateMediation if it was misdated). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT
   * on `input.record` when blank; CONFLICT when already concluded.
   */
  async conclude(id: string, input: ConcludeMediationInput): Promise<Mediation> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'conclude this mediation');
    return this.change(id, 'mediation.concluded', (current) => {
      if (current.status !== MediationStatus.OPEN) throw new ConflictError(mediationReasons.alreadyConcluded());
      const today = shanghaiToday();
      if (current.heldOn > today)
        throw new BadUserInputError(mediationReasons.concludedBeforeHeld({ heldOn: current.heldOn, today }), 'id');
      const womenDirector = input.womenDirector?.trim() || current.womenDirector;
      if (current.involvesFamily && !womenDirector)
        throw new BadUserInputError(mediationReasons.womenDirectorRequired(), 'input.womenDirector');
      current.womenDirector = womenDirector ?? null;
      current.record = input.record.trim();
      current.status = MediationStatus.CONCLUDED;
      current.concludedAt = new Date();
    });
  }

  /** Submits a concluded mediation's record for the district civil court's confirmation, at the parties' request (ADMIN). NOT_FOUND; FORBIDDEN; CONFLICT unless CONCLUDED and not yet submitted. */
  async submitToCourt(id: string): Promise<Mediation> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'submit this mediation to the court');
    return this.change(id, 'mediation.submitted_to_court', (current) => {
      if (current.status !== MediationStatus.CONCLUDED)
        throw new ConflictError(mediationReasons.onlyConcludedSubmitted(), 'id');
      if (current.courtConfirmation !== CourtConfirmation.NOT_REQUESTED)
        throw new ConflictError(
          mediationReasons.alreadySubmitted({ courtConfirmation: current.courtConfirmation }),
          'id',
        );
      current.courtConfirmation = CourtConfirmation.SUBMITTED;
      current.courtConfirmationAt = new Date();
    });
  }

  /** Records the court's decision on a SUBMITTED record: CONFIRMED or REFUSED (ADMIN). NOT_FOUND; FORBIDDEN; CONFLICT unless SUBMITTED. */
  async recordCourtDecision(id: string, confirmed: boolean): Promise<Mediation> {
    const found = await this.get(id);
    await this.assertAdminOver(found, "record the court's decision");
    return this.change(id, 'mediation.court_decided', (current) => {
      if (current.courtConfirmation !== CourtConfirmation.SUBMITTED)
        throw new ConflictError(mediationReasons.notSubmitted({ courtConfirmation: current.courtConfirmation }), 'id');
      current.courtConfirmation = confirmed ? CourtConfirmation.CONFIRMED : CourtConfirmation.REFUSED;
      current.courtConfirmationAt = new Date();
    });
  }

  /** Locks the mediation, applies `apply` (which may throw, leaving nothing written), saves and audits it as `type`. */
  private async change(id: string, type: string, apply: (current: Mediation) => void): Promise<Mediation> {
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(Mediation);
      const current = await repo
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      const before = snapshot(current, FIELDS);
      apply(current);
      const result = await repo.save(current);
      await record({
        actorId: this.viewer.userId,
        type,
        entityType: 'Mediation',
        entityId: id,
        before,
        after: snapshot(result, FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    return saved;
  }

  /** The departments as stored; BAD_USER_INPUT on `input.departments.<i>.…` for one not of the district or a blank law. */
  private async departmentsOf(list: MediationDepartmentInput[], place: Place): Promise<MediationDepartment[]> {
    // Looked up together: one batch of the department loader, not one statement per entry.
    const departments = await Promise.all(
      list.map((entry, i) =>
        this.deps.departments.referenced(entry.departmentId, `input.departments.${i}.departmentId`),
      ),
    );
    const result: MediationDepartment[] = [];
    for (const [i, entry] of list.entries()) {
      const field = `input.departments.${i}`;
      const department = departments[i];
      if (department.districtId !== place.districtId)
        throw new BadUserInputError(mediationReasons.notADepartment(), `${field}.departmentId`);
      if (!entry.citedLaws.every((law) => saysSomething(law)))
        throw new BadUserInputError(mediationReasons.lawBlank(), `${field}.citedLaws`);
      result.push({ departmentId: department.id, citedLaws: entry.citedLaws.map((law) => law.trim()) });
    }
    return result;
  }
}
