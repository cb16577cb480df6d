import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader, ScopeFilter } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { HeadAppointmentStatus } from './head-appointment-status';
import { HeadAppointment } from './head-appointment.entity';

/**
 * This request's head-appointment loaders, limited to the agencies in the viewer's scope: by id,
 * each agency's current consented appointment (a list of at most one, for `DispatchedAgency.head`),
 * each agency's consented appointments by start (`headHistory`) and each official's appointments
 * (`Official.appointments`).
 */
export function createHeadAppointmentLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = scopeFilter(viewer, 'subdistrictId');
  const consented = (current: boolean): ScopeFilter => (qb) => {
    const limited = scope ? scope(qb) : qb;
    limited.andWhere(`${qb.alias}.status = :consented`, { consented: HeadAppointmentStatus.CONSENTED });
    return current ? limited.andWhere(`${qb.alias}.endsOn IS NULL`) : limited;
  };
  return {
    headAppointment: byIdLoader(db, HeadAppointment, scope),
    currentHeadAppointmentByAgency: groupLoader(db, HeadAppointment, 'agencyId', 'startsOn', consented(true)),
    headHistoryByAgency: groupLoader(db, HeadAppointment, 'agencyId', 'startsOn', consented(false)),
    headAppointmentsByOfficial: groupLoader(db, HeadAppointment, 'officialId', 'proposedAt', scope),
  };
}
