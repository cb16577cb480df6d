import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { Official } from '../official/official.entity';
import { byIdLoader, groupLoader, ScopeFilter } from '../core/loaders';
import { leanRawAndEntities } from '../core/lean-select';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { HeadAppointmentStatus } from './head-appointment-status';
import { HeadAppointment } from './head-appointment.entity';

/**
 * This request's head-appointment loaders, limited to the agencies in the viewer's scope: by id,
 * each agency's consented appointments by start (`headHistory`), each official's appointments
 * (`Official.appointments`) and each agency's current head (`DispatchedAgency.head`).
 */
export function createHeadAppointmentLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = scopeFilter(viewer, 'subdistrictId');
  const consented: ScopeFilter = (qb) =>
    (scope ? scope(qb) : qb).andWhere(`${qb.alias}.status = :consented`, {
      consented: HeadAppointmentStatus.CONSENTED,
    });
  return {
    headAppointment: byIdLoader(db, HeadAppointment, scope),
    headHistoryByAgency: groupLoader(db, HeadAppointment, 'agencyId', 'startsOn', consented),
    headAppointmentsByOfficial: groupLoader(db, HeadAppointment, 'officialId', 'proposedAt', scope),
    currentHeadByAgency: currentHeadLoader(db, scope),
  };
}

/**
 * Each agency's current head as an Official (the official of its consented appointment whose term
 * lasts), or null: one statement joining the appointments to the officials, limited to the
 * viewer's scope by the official's subdistrict. Serves `DispatchedAgency.head`.
 */
function currentHeadLoader(db: DataSource, scope: ScopeFilter | undefined): DataLoader<string, Official | null> {
  return new DataLoader<string, Official | null>(async (agencyIds) => {
    const ids = [...new Set(agencyIds.filter(isId))];
    if (ids.length === 0) return agencyIds.map(() => null);
    let qb = db
      .getRepository(Official)
      .createQueryBuilder('r')
      .innerJoin(HeadAppointment, 'h', 'h.officialId = r.id AND h.status = :consented AND h.endsOn IS NULL', {
        consented: HeadAppointmentStatus.CONSENTED,
      })
      .addSelect('h.agencyId', 'head_of_agency')
      .where('h.agencyId = ANY(:ids)', { ids });
    if (scope) qb = scope(qb);
    const { entities, raw } = await leanRawAndEntities(qb);
    const byId = new Map(entities.map((o) => [o.id, o]));
    const byAgency = new Map<string, Official>();
    for (const row of raw as { r_id: string; head_of_agency: string }[]) {
      const official = byId.get(row.r_id);
      if (official) byAgency.set(row.head_of_agency, official);
    }
    return agencyIds.map((id) => byAgency.get(id) ?? null);
  });
}

/** The head-appointment loaders, for services that declare them. */
export type HeadAppointmentLoaders = ReturnType<typeof createHeadAppointmentLoaders>;
