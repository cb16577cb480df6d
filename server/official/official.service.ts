import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../core/errors';
import { applyCommonFilter, whereInDistrict, whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { Official } from './official.entity';
import { OfficialCategory } from './official-category';
import {
  CreateOfficialInput,
  OfficialFilter,
  OfficialOrder,
  OfficialOrderField,
  UpdateOfficialInput,
} from './official.inputs';
import type { ServiceContext } from '../core/request-context';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import type { OfficeService } from '../office/office.service';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import type { OfficialLoaders } from './official.loaders';
import { officialReasons } from './reasons';

/** NAME sorts by the pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<OfficialOrderField, string> = {
  NAME: 'p.pinyinKey',
  CATEGORY: 'p.category',
  TITLE: 'p.title',
  CREATED_AT: 'p.createdAt',
};

/** Where an official serves: the fields docs/rules.md rule 3 constrains together. */
export interface Placement {
  category: OfficialCategory;
  officeId: string | null;
  agencyId: string | null;
  neighborhoodId: string | null;
}

/** A placement change to check against docs/rules.md rule 2: the official as stored and where the change would put them. */
export interface PlacementChange {
  official: Official;
  placement: Placement;
}

/** An agency's head in office by consent (docs/rules.md rule 2). */
export interface Headship {
  officialId: string;
  agencyId: string;
  agencyName: string;
}

/** Who heads an agency by consent now: the appointment service knows (docs/rules.md rule 2). */
export interface Headships {
  /** The open CONSENTED appointments of these officials, through `manager` when given (a transaction's). */
  currentHeadships(officialIds: string[], manager?: EntityManager): Promise<Headship[]>;
}

/** Why a change would move an agency's consented head away (docs/rules.md rule 2): the field at fault and a message. */
export interface HeadMove {
  field: 'category' | 'agencyId';
  message: string;
}

/** The loaders this service reads. */
type OfficialServiceLoaders = OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface OfficialDeps {
  subdistricts: SubdistrictService;
  agencies: DispatchedAgencyService;
  offices: OfficeService;
  neighborhoods: NeighborhoodService;
  /** The appointment service, which knows who heads an agency by consent. */
  headAppointments: Headships;
}

/**
 * Officials (人员): docs/rules.md rule 3 (an agency head belongs to an agency, everyone else to an office)
 * and rule 2 (an agency's consented head stays its head until a new head is consented), for every
 * entry point that places or removes an official: create, update, delete and the integrations'
 * bulk upsert (server/integration/official-sync.service.ts calls the checks below).
 */
export class OfficialService extends RecordService<Official, OfficialServiceLoaders> {
  protected readonly typeName = 'Official';
  protected readonly integrationReadScope = 'officials:read';

  constructor(
    ctx: ServiceContext<OfficialServiceLoaders>,
    private readonly deps: OfficialDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.official;
  }

  protected placeOf(official: Official) {
    return this.placeInSubdistrict(official.subdistrictId);
  }

  /**
   * A page of the officials in the caller's scope matching `filter` (default order: by name in
   * pinyin order; `nameContains` also matches pinyin and initials: docs/rules.md rule 15).
   */
  list(
    filter: OfficialFilter | undefined,
    orderBy: OfficialOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Official>> {
    const qb = limitToScope(
      applyCommonFilter(this.ctx.db.getRepository(Official).createQueryBuilder('p'), filter),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'officeId', filter?.officeId);
    whereEquals(qb, 'agencyId', filter?.agencyId);
    whereEquals(qb, 'neighborhoodId', filter?.neighborhoodId);
    whereEquals(qb, 'category', filter?.category);
    whereEquals(qb, 'externalId', filter?.externalId);
    whereInDistrict(qb, filter?.districtId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: OfficialOrderField.NAME }]);
  }

  /**
   * Creates an official (ADMIN over the place). BAD_USER_INPUT naming the field when rule 3 is not
   * met or the office or agency lies outside the `subdistrictId` given; CONFLICT for a taken externalId.
   */
  async create(input: CreateOfficialInput): Promise<Official> {
    const placement: Placement = {
      category: input.category,
      officeId: input.officeId ?? null,
      agencyId: input.agencyId ?? null,
      neighborhoodId: input.neighborhoodId ?? null,
    };
    const subdistrictId = await this.placementSubdistrict(placement, input.subdistrictId);
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(subdistrictId), 'add officials here');
    const repo = this.ctx.db.getRepository(Official);
    return repo.save(
      repo.create({
        ...placement,
        name: input.name.trim(),
        title: input.title?.trim() ?? '',
        externalId: input.externalId ?? null,
        subdistrictId,
      }),
    );
  }

  /**
   * Changes an official (ADMIN over both the old and the new place); the result must still meet
   * rule 3, and an agency's consented head may not move to another category or agency (rule 2).
   * Giving `subdistrictId` moves the official to that 街道 with the office or agency given, which
   * must lie in it. NOT_FOUND; BAD_USER_INPUT naming `input.<field>`; CONFLICT for a taken externalId.
   */
  async update(id: string, input: UpdateOfficialInput): Promise<Official> {
    const official = await this.get(id);
    await this.assertAdminOver(official);
    const placement: Placement = {
      category: input.category ?? official.category,
      officeId: input.officeId !== undefined ? input.officeId : official.officeId,
      agencyId: input.agencyId !== undefined ? input.agencyId : official.agencyId,
      neighborhoodId: input.neighborhoodId !== undefined ? input.neighborhoodId : official.neighborhoodId,
    };
    const subdistrictId = await this.placementSubdistrict(placement, input.subdistrictId ?? undefined);
    assertMay(this.viewer, [Role.ADMIN], await this.placeInSubdistrict(subdistrictId), 'move officials there');
    // Rule 2 is checked holding the official's row, so a consent to them waits for this change or
    // this change sees the consent (the appointment service holds the same row to decide).
    const saved = await this.ctx.db.transaction(async (manager) => {
      await manager
        .getRepository(Official)
        .createQueryBuilder('o')
        .select('o.id')
        .setLock('for_no_key_update')
        .where('o.id = :id', { id })
        .getOne();
      const [move] = await this.consentedHeadMoves([{ official, placement }], manager);
      if (move)
        throw new BadUserInputError(officialReasons.placement({ message: move.message }), `input.${move.field}`);
      Object.assign(official, placement, { subdistrictId });
      if (input.name != null) official.name = input.name.trim();
      if (input.title != null) official.title = input.title.trim();
      if (input.externalId !== undefined) official.externalId = input.externalId;
      return manager.getRepository(Official).save(official);
    });
    this.loader.clear(id);
    return saved;
  }

  /**
   * Deletes an official and returns the id (ADMIN over them). NOT_FOUND; CONFLICT when they are an
   * agency's consented head (docs/rules.md rule 2: the term ends only with a new head's consent) or other
   * records still refer to them.
   */
  async remove(id: string, manager?: EntityManager): Promise<string> {
    const official = await this.get(id);
    await this.assertAdminOver(official, 'delete this Official');
    const [head] = await this.deps.headAppointments.currentHeadships([official.id]);
    if (head) {
      throw new ConflictError(officialReasons.consentedHead({ official: official.name, agencyName: head.agencyName }));
    }
    return super.remove(id, manager);
  }

  /**
   * docs/rules.md rule 2 for a batch of placement changes, in one statement: for each change, why it
   * would move an agency's consented head (an open CONSENTED appointment) to another category
   * (`category`) or agency (`agencyId`), or null when it does not. A head stays in place until a
   * new head's consent ends the term. Used by update and by the integrations' bulk upsert.
   */
  async consentedHeadMoves(changes: PlacementChange[], manager?: EntityManager): Promise<(HeadMove | null)[]> {
    const heads = new Map(
      (
        await this.deps.headAppointments.currentHeadships(
          changes.map((c) => c.official.id),
          manager,
        )
      ).map((h) => [h.officialId, h]),
    );
    return changes.map(({ official, placement }) => {
      const head = heads.get(official.id);
      if (!head) return null;
      const field =
        placement.category !== OfficialCategory.AGENCY_HEAD
          ? 'category'
          : placement.agencyId !== head.agencyId
            ? 'agencyId'
            : null;
      if (!field) return null;
      return {
        field,
        message: `this official is the consented head of ${head.agencyName}; the term ends only when a new head is consented (proposeHeadAppointment, decideHeadAppointment), so they cannot move to another category or agency before then`,
      };
    });
  }

  /**
   * Checks docs/rules.md rule 3 for a placement and returns the subdistrict it puts the official in:
   * an AGENCY_HEAD has an agency and no office; a CIVIL_SERVANT or COMMUNITY_WORKER has an office
   * and no agency; a neighborhood, given only for a COMMUNITY_WORKER, lies in the same subdistrict.
   * With `subdistrictId` (the 街道 the caller says the official serves in), the office or agency
   * must lie in it. Errors are BAD_USER_INPUT naming `input.<field>`. Also used by the
   * integrations' bulk upsert (server/integration).
   */
  async placementSubdistrict(p: Placement, subdistrictId?: string): Promise<string> {
    const services = this.deps;
    const given =
      subdistrictId === undefined
        ? undefined
        : await services.subdistricts.referenced(subdistrictId, 'input.subdistrictId');
    let placedIn: string;
    if (p.category === OfficialCategory.AGENCY_HEAD) {
      if (!p.agencyId) throw new BadUserInputError(officialReasons.agencyHeadNeedsAgency(), 'input.agencyId');
      if (p.officeId) throw new BadUserInputError(officialReasons.agencyHeadNoOffice(), 'input.officeId');
      const agency = await services.agencies.referenced(p.agencyId, 'input.agencyId');
      if (given && agency.subdistrictId !== given.id) {
        throw new BadUserInputError(
          officialReasons.agencyOutside({ agency: agency.name, given: given.name, given2: given.name }),
          'input.agencyId',
        );
      }
      placedIn = agency.subdistrictId;
    } else {
      if (!p.officeId)
        throw new BadUserInputError(officialReasons.needsOffice({ category: p.category }), 'input.officeId');
      if (p.agencyId) throw new BadUserInputError(officialReasons.noAgency({ category: p.category }), 'input.agencyId');
      const office = await services.offices.referenced(p.officeId, 'input.officeId');
      if (given && office.subdistrictId !== given.id) {
        throw new BadUserInputError(
          officialReasons.officeOutside({ office: office.name, given: given.name, given2: given.name }),
          'input.officeId',
        );
      }
      placedIn = office.subdistrictId;
    }
    if (p.neighborhoodId && p.category !== OfficialCategory.COMMUNITY_WORKER) {
      throw new BadUserInputError(
        officialReasons.neighborhoodWorkerOnly({ category: p.category }),
        'input.neighborhoodId',
      );
    }
    if (p.neighborhoodId) {
      const neighborhood = await services.neighborhoods.referenced(p.neighborhoodId, 'input.neighborhoodId');
      if (neighborhood.subdistrictId !== placedIn) {
        throw new BadUserInputError(
          officialReasons.neighborhoodOutside({ neighborhood: neighborhood.name }),
          'input.neighborhoodId',
        );
      }
    }
    return placedIn;
  }
}
