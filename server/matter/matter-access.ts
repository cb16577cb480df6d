import type { EntityManager } from 'typeorm';
import { ForbiddenError } from '../core/errors';
import { inScope, Viewer } from '../core/viewer';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Office } from '../office/office.entity';
import { OfficeKind } from '../office/office-kind';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';
import { matterReasons } from './reasons';

/** An office or a stationed agency: who can receive, own, pass on and be charged for a matter. */
export interface UnitRef {
  officeId: string | null;
  agencyId: string | null;
}

/** An office or agency as loaded: its ids, name, 街道 and listed duties. */
export interface Unit extends UnitRef {
  name: string;
  subdistrictId: string;
  duties: string[];
  /** The office's kind; null for an agency. */
  officeKind: OfficeKind | null;
}

/** Whether two references name the same office or agency. */
export function sameUnit(a: UnitRef, b: UnitRef): boolean {
  return (a.officeId !== null && a.officeId === b.officeId) || (a.agencyId !== null && a.agencyId === b.agencyId);
}

/** The office or agency with one of these ids, or null (no scope: transfers may cross 街道). */
export async function loadUnit(
  manager: EntityManager,
  ref: { officeId?: string | null; agencyId?: string | null },
): Promise<Unit | null> {
  if (ref.officeId) {
    const office = await manager.getRepository(Office).findOneBy({ id: ref.officeId });
    return (
      office && {
        officeId: office.id,
        agencyId: null,
        name: office.name,
        subdistrictId: office.subdistrictId,
        duties: office.duties,
        officeKind: office.kind,
      }
    );
  }
  if (ref.agencyId) {
    const agency = await manager.getRepository(DispatchedAgency).findOneBy({ id: ref.agencyId });
    return (
      agency && {
        officeId: null,
        agencyId: agency.id,
        name: agency.name,
        subdistrictId: agency.subdistrictId,
        duties: agency.duties,
        officeKind: null,
      }
    );
  }
  return null;
}

/** The 街道's PARTY_GOVERNMENT office (党政办), which decides escalated matters and extensions. */
export async function partyGovernmentOffice(manager: EntityManager, subdistrictId: string): Promise<Unit> {
  const office = await manager
    .getRepository(Office)
    .findOneByOrFail({ subdistrictId, kind: OfficeKind.PARTY_GOVERNMENT });
  return {
    officeId: office.id,
    agencyId: null,
    name: office.name,
    subdistrictId,
    duties: office.duties,
    officeKind: office.kind,
  };
}

/**
 * The signed-in caller as the matter rules see them (docs/rules.md rule 13): the viewer and the office or
 * agency they are staff of (`User.officeId` / `User.agencyId`, set when the user is created).
 */
export class MatterActor {
  private constructor(
    readonly viewer: Viewer,
    readonly unit: UnitRef | null,
  ) {}

  /**
   * The actor of a viewer, with the office or agency of their user row (none for service tokens).
   * `user` loads that row: the request's user loader, which the session check has already primed,
   * so this costs no SQL statement.
   */
  static async of(
    viewer: Viewer,
    user: (id: string) => Promise<Pick<User, 'officeId' | 'agencyId'> | null>,
  ): Promise<MatterActor> {
    if (viewer.role === Role.INTEGRATION) return new MatterActor(viewer, null);
    const row = await user(viewer.userId);
    const unit = row && (row.officeId || row.agencyId) ? { officeId: row.officeId, agencyId: row.agencyId } : null;
    return new MatterActor(viewer, unit);
  }

  /**
   * Whether the caller acts for `unit` of the 街道 `subdistrictId`: an ADMIN who is staff of that
   * office or agency, or an ADMIN of that 街道 who is staff of none of its units (the 街道's own
   * staff act for any of its offices and agencies). A district ADMIN acts for none.
   */
  actsFor(unit: UnitRef, subdistrictId: string): boolean {
    if (this.viewer.role !== Role.ADMIN) return false;
    if (this.unit) return sameUnit(this.unit, unit);
    return this.viewer.subdistrictId === subdistrictId;
  }

  /** FORBIDDEN (reason NOT_OWNER) unless the caller acts for `unit`; `what` says what was refused. */
  assertActsFor(unit: UnitRef, subdistrictId: string, unitName: string, what: string): void {
    if (!this.actsFor(unit, subdistrictId)) {
      throw new ForbiddenError(matterReasons.NOT_OWNER({ unitName, what }));
    }
  }

  /** Whether the matter's place lies in the caller's scope (reading it at all). */
  reaches(place: { districtId: string; subdistrictId: string }): boolean {
    return inScope(this.viewer, place);
  }
}
