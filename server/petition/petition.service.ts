import { petitionReasons } from './reasons';
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
import type { Matter } from '../matter/matter.entity';
import type { MatterService } from '../matter/matter.service';
import { mediationScopeFilter } from '../mediation/mediation.loaders';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { PetitionOutcome, PetitionStatus } from './petition-enums';
import { Petition, type PetitionTalk } from './petition.entity';
import {
  ConcludePetitionInput,
  CreatePetitionInput,
  MAX_TALKS,
  MAX_UPSERT_ROWS,
  PetitionFilter,
  PetitionOrder,
  PetitionOrderField,
  PetitionTalkInput,
  UpdatePetitionInput,
  UpsertPetitionInput,
  WithdrawPetitionInput,
} from './petition.inputs';
import type { PetitionLoaders } from './petition.loaders';

const SORT_COLUMNS: Record<PetitionOrderField, string> = {
  TAKEN_UP_ON: 'p.takenUpOn',
  CREATED_AT: 'p.createdAt',
};

/** What the audit log keeps of a petition. */
export const PETITION_FIELDS: (keyof Petition)[] = [
  'id',
  'externalId',
  'neighborhoodId',
  'matterId',
  'subject',
  'petitionerName',
  'agent',
  'agentName',
  'departmentId',
  'takenUpOn',
  'talks',
  'status',
  'agreement',
  'closingReason',
  'closedAt',
];

/** The state of a petition as taken up: OPEN, without talks or conclusion. */
const OPEN_PETITION = {
  talks: [],
  status: PetitionStatus.OPEN,
  agreement: null,
  closingReason: null,
  closedAt: null,
} satisfies Partial<Petition>;

/** The services this service calls (the composition root passes them). */
export interface PetitionDeps {
  neighborhoods: NeighborhoodService;
  departments: DepartmentService;
  matters: MatterService;
}

/**
 * Petition agency (信访代理, docs/rules.md rule 14). An ADMIN over the 街道 records a petition an
 * agent organisation took up, changes it while OPEN, records each round of talks with the
 * department, and concludes it with the agreement (AGREED) or without (NOT_AGREED, with the
 * reason), or records its withdrawal; every status but OPEN is final. A petition may start from a
 * resident's matter of its own 街道. Petitions name the petitioner, so they are read as mediations
 * are: ADMINs in scope and service tokens with `self-governance:read`. Every change is audited.
 */
export class PetitionService extends RecordService<Petition, PetitionLoaders> {
  protected readonly typeName = 'Petition';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<PetitionLoaders>,
    private readonly deps: PetitionDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.petition;
  }

  protected placeOf(petition: Petition) {
    return this.placeInSubdistrict(petition.subdistrictId);
  }

  /** A page of the petitions the caller reads matching `filter` (default: latest taken up first). */
  list(
    filter: PetitionFilter | undefined,
    orderBy: PetitionOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Petition>> {
    const qb = this.ctx.db.getRepository(Petition).createQueryBuilder('p');
    mediationScopeFilter(this.viewer)?.(qb);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'status', filter?.status);
    whereEquals(qb, 'agent', filter?.agent);
    whereEquals(qb, 'matterId', filter?.matterId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: PetitionOrderField.TAKEN_UP_ON, direction: OrderDirection.DESC },
    ]);
  }

  /**
   * The petitions that started from a matter, oldest taken up first: those the caller reads; none
   * for a service token without `self-governance:read` (it may read the matter with `matters:read`).
   */
  async ofMatter(matter: Matter): Promise<Petition[]> {
    if (!this.tokenMay(IntegrationScope.SELF_GOVERNANCE_READ)) return [];
    return this.ctx.loaders.petitionsByMatter.load(matter.id);
  }

  /**
   * The matter a petition started from, as the caller reads matters: null when none, out of
   * scope, or for a service token without `matters:read` (docs/rules.md rule 13 keeps matters to
   * their readers).
   */
  async matterOf(petition: Petition): Promise<Matter | null> {
    if (!petition.matterId || !this.tokenMay(IntegrationScope.MATTERS_READ)) return null;
    return this.deps.matters.find(petition.matterId);
  }

  /** Whether the caller is not a service token, or is one carrying `scope`. */
  private tokenMay(scope: IntegrationScope): boolean {
    const viewer = this.viewer;
    return viewer.role !== Role.INTEGRATION || (viewer.scopes ?? []).includes(scope);
  }

  /**
   * Records a petition taken up by an agent organisation (ADMIN over the neighborhood's 街道).
   * BAD_USER_INPUT naming the field: unknown neighborhood; a department not of its district; a
   * matter unknown or of another 街道 (`input.matterId`). FORBIDDEN.
   */
  async create(input: CreatePetitionInput): Promise<Petition> {
    const values = await this.draft(input, this.viewer, [Role.ADMIN]);
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(Petition);
      const created = await repo.save(repo.create({ ...values, ...OPEN_PETITION, externalId: null }));
      await record({
        actorId: this.viewer.userId,
        type: 'petition.created',
        entityType: 'Petition',
        entityId: created.id,
        after: snapshot(created, PETITION_FIELDS),
      });
      return created;
    });
  }

  /**
   * Petitions a district system keeps, by externalId within their 街道 (an ADMIN over each row's
   * 街道, or a service token with `self-governance:write`), at most 200 in one transaction: a new
   * externalId records an OPEN petition as `createPetition` does, a known OPEN one takes the row's
   * details, one that already has them is left as it is (the same batch twice changes nothing).
   * Talks and the conclusion stay the mutations'. BAD_USER_INPUT naming `input[i].<field>` with
   * `extensions.errors` listing every bad row — the rules of createPetition, a final petition
   * (`externalId`) — and nothing is written; FORBIDDEN.
   */
  async upsert(rows: UpsertPetitionInput[]): Promise<UpsertOutcome<Petition>> {
    const viewer = batchWriter(this.ctx.viewer, IntegrationScope.SELF_GOVERNANCE_WRITE, 'upsert petitions');
    const drafts = await checkBatch(rows, UpsertPetitionInput, MAX_UPSERT_ROWS, (row) =>
      this.draft(row, viewer, [Role.ADMIN, Role.INTEGRATION]),
    );
    const outcome = await this.ctx.transaction((tx) =>
      writeBatch(
        tx,
        Petition,
        rows.map((row, i) => ({
          externalId: row.externalId,
          values: drafts[i],
          initial: OPEN_PETITION,
          refuse: (current: Petition | null) =>
            current && current.status !== PetitionStatus.OPEN
              ? { field: 'externalId', reason: petitionReasons.final({ status: current.status }) }
              : null,
        })),
        {
          entityType: 'Petition',
          created: 'petition.created',
          updated: 'petition.updated',
          actorId: viewer.userId,
          fields: PETITION_FIELDS,
        },
      ),
    );
    outcome.records.forEach((p) => this.loader.clear(p.id).prime(p.id, p));
    return outcome;
  }

  /**
   * The fields a new petition's input sets, checked: BAD_USER_INPUT naming the field (unknown
   * neighborhood; a department not of its district; a matter unknown or of another 街道);
   * FORBIDDEN unless the caller has one of `roles` over the neighborhood's 街道.
   */
  private async draft(input: CreatePetitionInput, viewer: Viewer, roles: Role[]) {
    const neighborhood = await this.deps.neighborhoods.referenced(input.neighborhoodId, 'input.neighborhoodId');
    const place = await this.placeInSubdistrict(neighborhood.subdistrictId);
    assertMay(viewer, roles, place, `record petitions in ${neighborhood.name}`);
    await this.assertDepartment(input.departmentId, place, 'input.departmentId');
    if (input.matterId) await this.assertMatter(input.matterId, neighborhood.subdistrictId, 'input.matterId');
    return {
      neighborhoodId: neighborhood.id,
      subdistrictId: neighborhood.subdistrictId,
      matterId: input.matterId ?? null,
      subject: input.subject.trim(),
      petitionerName: input.petitionerName.trim(),
      agent: input.agent,
      agentName: input.agentName.trim(),
      departmentId: input.departmentId,
      takenUpOn: input.takenUpOn,
    };
  }

  /**
   * Changes an OPEN petition (ADMIN over its 街道). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT naming the
   * field (a department of another district, a matter of another 街道, taken up after its first
   * round of talks); CONFLICT once it is final.
   */
  async update(id: string, input: UpdatePetitionInput): Promise<Petition> {
    const found = await this.get(id);
    const place = await this.placeOf(found);
    assertMay(this.viewer, [Role.ADMIN], place, 'change this petition');
    if (input.departmentId) await this.assertDepartment(input.departmentId, place, 'input.departmentId');
    if (input.matterId) await this.assertMatter(input.matterId, found.subdistrictId, 'input.matterId');
    return this.change(id, 'petition.updated', (current) => {
      assertOpen(current);
      if (input.matterId !== undefined) current.matterId = input.matterId;
      if (input.subject != null) current.subject = input.subject.trim();
      if (input.petitionerName != null) current.petitionerName = input.petitionerName.trim();
      if (input.agent != null) current.agent = input.agent;
      if (input.agentName != null) current.agentName = input.agentName.trim();
      if (input.departmentId != null) current.departmentId = input.departmentId;
      if (input.takenUpOn != null) {
        const first = current.talks[0];
        if (first && input.takenUpOn > first.heldOn)
          throw new BadUserInputError(
            petitionReasons.takenUpAfterTalks({ heldOn: first.heldOn, takenUpOn: input.takenUpOn }),
            'input.takenUpOn',
          );
        current.takenUpOn = input.takenUpOn;
      }
    });
  }

  /**
   * Records the next round of talks with the department (ADMIN over the petition's 街道); it gets
   * the next round number. The petition row is locked while the round is appended, so concurrent
   * requests serialise and every round gets its own number. CONFLICT on `id` once the petition is
   * final (no round after the conclusion, docs/rules.md rule 14), on `input` when the last round
   * has the same day, participants and summary (a request sent twice); BAD_USER_INPUT on
   * `input.heldOn` after today (Asia/Shanghai), before the petition was taken up or before the last
   * round, on `input.participants` for a blank name. NOT_FOUND; FORBIDDEN.
   */
  async recordTalk(id: string, input: PetitionTalkInput): Promise<Petition> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'record talks of this petition');
    if (!input.participants.every((name) => saysSomething(name)))
      throw new BadUserInputError(petitionReasons.participantUnnamed(), 'input.participants');
    const today = shanghaiToday();
    if (input.heldOn > today) throw new BadUserInputError(petitionReasons.talkAfterToday({ today }), 'input.heldOn');
    const participants = input.participants.map((name) => name.trim());
    const summary = input.summary.trim();
    return this.change(id, 'petition.talk_recorded', (current) => {
      assertOpen(current);
      if (current.talks.length >= MAX_TALKS)
        throw new ConflictError(petitionReasons.tooManyTalks({ max: MAX_TALKS }), 'id');
      const last = current.talks[current.talks.length - 1];
      const notBefore = last?.heldOn ?? current.takenUpOn;
      if (input.heldOn < notBefore)
        throw new BadUserInputError(
          (last ? petitionReasons.talkBeforeLast : petitionReasons.talkBeforeTakenUp)({ notBefore }),
          'input.heldOn',
        );
      if (last && isSameTalk(last, input.heldOn, participants, summary))
        throw new ConflictError(petitionReasons.talkRepeated({ round: last.round }), 'input');
      current.talks = [
        ...current.talks,
        { round: current.talks.length + 1, heldOn: input.heldOn, participants, summary, recordedAt: new Date() },
      ];
    });
  }

  /**
   * Concludes an OPEN petition for good (ADMIN over its 街道): AGREED with the agreement reached
   * (BAD_USER_INPUT on `input.agreement` without it), or NOT_AGREED with the reason
   * (BAD_USER_INPUT on `input.reason` without it; `input.agreement` is then refused). CONFLICT on
   * `id` when final already or before any round of talks. NOT_FOUND; FORBIDDEN. docs/rules.md rule 14.
   */
  async conclude(id: string, input: ConcludePetitionInput): Promise<Petition> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'conclude this petition');
    const agreed = input.outcome === PetitionOutcome.AGREED;
    if (agreed && !saysSomething(input.agreement))
      throw new BadUserInputError(petitionReasons.agreementRequired(), 'input.agreement');
    if (!agreed && input.agreement != null)
      throw new BadUserInputError(petitionReasons.agreementOnlyAgreed(), 'input.agreement');
    if (!agreed && !saysSomething(input.reason))
      throw new BadUserInputError(petitionReasons.reasonRequired(), 'input.reason');
    return this.change(id, 'petition.concluded', (current) => {
      assertOpen(current);
      if (current.talks.length === 0) throw new ConflictError(petitionReasons.noTalks(), 'id');
      current.status = agreed ? PetitionStatus.AGREED : PetitionStatus.NOT_AGREED;
      current.agreement = agreed ? input.agreement!.trim() : null;
      current.closingReason = input.reason?.trim() || null;
      current.closedAt = new Date();
    });
  }

  /** Records the petitioner's withdrawal of an OPEN petition, with the reason (ADMIN). NOT_FOUND; FORBIDDEN; CONFLICT when final. */
  async withdraw(id: string, input: WithdrawPetitionInput): Promise<Petition> {
    const found = await this.get(id);
    await this.assertAdminOver(found, 'withdraw this petition');
    return this.change(id, 'petition.withdrawn', (current) => {
      assertOpen(current);
      current.status = PetitionStatus.WITHDRAWN;
      current.closingReason = input.reason.trim();
      current.closedAt = new Date();
    });
  }

  /** BAD_USER_INPUT on `field` unless the department exists and is of the place's district. */
  async assertDepartment(departmentId: string, place: Place, field: string): Promise<void> {
    const department = await this.deps.departments.referenced(departmentId, field);
    if (department.districtId !== place.districtId)
      throw new BadUserInputError(petitionReasons.notADepartment(), field);
  }

  /** BAD_USER_INPUT on `field` unless the matter exists for the caller and is of the 街道 `subdistrictId`. */
  async assertMatter(matterId: string, subdistrictId: string, field: string): Promise<void> {
    const matter = await this.deps.matters.referenced(matterId, field);
    if (matter.subdistrictId !== subdistrictId)
      throw new BadUserInputError(petitionReasons.matterOtherSubdistrict(), field);
  }

  /** Locks the petition, applies `apply` (which may throw, leaving nothing written), saves and audits it as `type`. */
  private async change(id: string, type: string, apply: (current: Petition) => void): Promise<Petition> {
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(Petition);
      const current = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id })
        .getOne();
      if (!current) throw new NotFoundError(this.typeName, id);
      const before = snapshot(current, PETITION_FIELDS);
      apply(current);
      const result = await repo.save(current);
      await record({
        actorId: this.viewer.userId,
        type,
        entityType: 'Petition',
        entityId: id,
        before,
        after: snapshot(result, PETITION_FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    return saved;
  }
}

/** Whether `talk` was held on `heldOn` with the same participants and summary (a repeated request). */
function isSameTalk(talk: PetitionTalk, heldOn: string, participants: string[], summary: string): boolean {
  return (
    talk.heldOn === heldOn &&
    talk.summary === summary &&
    talk.participants.length === participants.length &&
    talk.participants.every((name, i) => name === participants[i])
  );
}

/** CONFLICT on `id` unless the petition is OPEN: every other status is final. */
function assertOpen(petition: Petition): void {
  if (petition.status !== PetitionStatus.OPEN)
    throw new ConflictError(petitionReasons.final({ status: petition.status }), 'id');
}
