import { BadUserInputError } from '../core/errors';
import { applyCommonFilter, whereInDistrict, likeLiteral, whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Office } from './office.entity';
import { MAX_SELF_DESIGNATED, OfficeKind, STANDARD_OFFICES } from './office-kind';
import { CreateOfficeInput, OfficeFilter, OfficeOrder, OfficeOrderField, UpdateOfficeInput } from './office.inputs';
import type { ServiceContext } from '../core/request-context';
import type { OfficeLoaders } from './office.loaders';
import { officeReasons } from './reasons';

/** NAME sorts by the name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<OfficeOrderField, string> = {
  NAME: 'o.pinyinKey',
  KIND: 'o.kind',
  CREATED_AT: 'o.createdAt',
};

/** Trims duties, drops blank ones and merges repeats, keeping the first spelling's order. */
function cleanDuties(duties: string[] | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of duties ?? []) {
    const duty = raw.trim();
    if (duty && !seen.has(duty)) {
      seen.add(duty);
      result.push(duty);
    }
  }
  return result;
}

/** The loaders this service reads. */
type OfficeServiceLoaders = OfficeLoaders;

/** Offices (内设机构) and docs/rules.md rule 1: six standard offices, at most two self-designated, one owner per duty. */
export class OfficeService extends RecordService<Office, OfficeServiceLoaders> {
  protected readonly typeName = 'Office';
  /** A token that reads officials reads the offices they belong to. */
  protected override readonly integrationReadScope = 'officials:read';

  constructor(ctx: ServiceContext<OfficeServiceLoaders>) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.office;
  }

  protected placeOf(office: Office) {
    return this.placeInSubdistrict(office.subdistrictId);
  }

  /** A subdistrict's offices ordered by kind (through the request's loader). */
  ofSubdistrict(subdistrictId: string): Promise<Office[]> {
    return this.ctx.loaders.officesBySubdistrict.load(subdistrictId);
  }

  /** A page of offices matching `filter` (default order: by kind, then name). */
  list(
    filter: OfficeFilter | undefined,
    orderBy: OfficeOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Office>> {
    const qb = limitToScope(
      applyCommonFilter(this.ctx.db.getRepository(Office).createQueryBuilder('o'), filter),
      this.viewer,
      'subdistrictId',
    );
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereEquals(qb, 'kind', filter?.kind);
    whereInDistrict(qb, filter?.districtId);
    if (filter?.dutyContains) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(o.duties) d WHERE d ILIKE :duty)', {
        duty: `%${likeLiteral(filter.dutyContains)}%`,
      });
    }
    return paginate(qb, page, orderBy, SORT_COLUMNS, [
      { field: OfficeOrderField.KIND },
      { field: OfficeOrderField.NAME },
    ]);
  }

  /**
   * Creates an office (docs/rules.md rule 1). In one transaction that locks the subdistrict, so two
   * concurrent requests cannot both pass: BAD_USER_INPUT on `input.kind` for a second office of
   * a standard kind or a third SELF_DESIGNATED one, on `input.name` for a SELF_DESIGNATED office
   * without a name, on `input.duties` for a duty another office already owns; CONFLICT for a taken name.
   */
  async create(input: CreateOfficeInput): Promise<Office> {
    const subdistrictPlace = await this.placeInSubdistrict(input.subdistrictId);
    assertMay(this.viewer, [Role.ADMIN], subdistrictPlace, 'add offices to this subdistrict');
    return this.ctx.db.transaction(async (manager) => {
      const subdistrict = await manager
        .getRepository(Subdistrict)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: input.subdistrictId })
        .getOne();
      if (!subdistrict)
        throw new BadUserInputError(
          officeReasons.noSubdistrict({ value: JSON.stringify(input.subdistrictId) }),
          'input.subdistrictId',
        );
      const existing = await manager.getRepository(Office).findBy({ subdistrictId: subdistrict.id });
      const standard = STANDARD_OFFICES.find((o) => o.kind === input.kind);
      if (standard) {
        const twin = existing.find((o) => o.kind === input.kind);
        if (twin) {
          throw new BadUserInputError(
            officeReasons.standardKindTaken({ subdistrict: subdistrict.name, kind: input.kind, twin: twin.name }),
            'input.kind',
          );
        }
      } else {
        const selfDesignated = existing.filter((o) => o.kind === OfficeKind.SELF_DESIGNATED).length;
        if (selfDesignated >= MAX_SELF_DESIGNATED) {
          throw new BadUserInputError(
            officeReasons.tooManySelfDesignated({
              subdistrict: subdistrict.name,
              selfDesignated,
              max: MAX_SELF_DESIGNATED,
            }),
            'input.kind',
          );
        }
        if (!input.name) throw new BadUserInputError(officeReasons.selfDesignatedName(), 'input.name');
      }
      const duties = cleanDuties(input.duties ?? standard?.duties);
      this.assertDutiesFree(duties, existing, null);
      const office = manager.getRepository(Office).create({
        subdistrictId: subdistrict.id,
        kind: input.kind,
        name: input.name?.trim() || standard!.name,
        duties,
      });
      return manager.getRepository(Office).save(office);
    });
  }

  /** Renames an office or replaces its duties. NOT_FOUND; BAD_USER_INPUT on `input.duties` for a duty another office owns; CONFLICT for a taken name. */
  update(id: string, input: UpdateOfficeInput): Promise<Office> {
    return this.ctx.db.transaction(async (manager) => {
      const office = await this.get(id);
      await this.assertAdminOver(office);
      await manager
        .getRepository(Subdistrict)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: office.subdistrictId })
        .getOne();
      if (input.name !== undefined) office.name = input.name.trim();
      if (input.duties !== undefined) {
        const duties = cleanDuties(input.duties);
        const others = await manager.getRepository(Office).findBy({ subdistrictId: office.subdistrictId });
        this.assertDutiesFree(duties, others, office.id);
        office.duties = duties;
      }
      return manager.getRepository(Office).save(office);
    });
  }

  /** Deletes a self-designated work body. The six standard offices stay (BAD_USER_INPUT on `id`); CONFLICT while officials belong to it. */
  async remove(id: string): Promise<string> {
    const office = await this.get(id);
    if (office.kind !== OfficeKind.SELF_DESIGNATED) {
      throw new BadUserInputError(officeReasons.standardOffice({ office: office.name }), 'id');
    }
    return super.remove(id);
  }

  private assertDutiesFree(duties: string[], offices: Office[], self: string | null): void {
    for (const duty of duties) {
      const owner = offices.find((o) => o.id !== self && o.duties.includes(duty));
      if (owner) {
        throw new BadUserInputError(officeReasons.dutyTaken({ duty, owner: owner.name }), 'input.duties');
      }
    }
  }
}
