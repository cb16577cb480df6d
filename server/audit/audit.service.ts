import { ForbiddenError, BadUserInputError } from '../core/errors';
import { Connection, PageArgs, paginate } from '../core/pagination';
import type { ServiceContext } from '../core/record.service';
import { Role } from '../user/role';
import { AuditEvent } from './audit-event.entity';

/** Types whose history can be read, and the service that says whether the caller may see the record. */
const AUDITED = ['EvaluationMeeting', 'RatingTemplate', 'ResponsibilityItem', 'SelfReport', 'Inquiry', 'HeadAppointment', 'AccountabilityCase', 'User', 'Matter'] as const;

/** Reading the audit log ("Roles and reach"): an ADMIN or ASSESSOR reads the history of a record within their scope. */
export class AuditService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The history of one record, newest first. UNAUTHENTICATED without sign-in; FORBIDDEN for roles
   * other than ADMIN and ASSESSOR; BAD_USER_INPUT on `entityType` for a type without history;
   * NOT_FOUND when the record does not exist or lies outside the caller's scope.
   */
  async history(entityType: string, entityId: string, page: PageArgs): Promise<Connection<AuditEvent>> {
    const services = this.ctx.services();
    const owners = {
      EvaluationMeeting: services.meetings,
      RatingTemplate: services.ratingTemplates,
      ResponsibilityItem: services.responsibilityItems,
      SelfReport: services.selfReports,
      Inquiry: services.inquiries,
      HeadAppointment: services.headAppointments,
      AccountabilityCase: services.accountability,
      User: services.users,
      Matter: services.matters,
    };
    const owner = owners[entityType as (typeof AUDITED)[number]];
    if (!owner) throw new BadUserInputError(`entityType must be one of ${AUDITED.join(', ')}`, 'entityType');
    await owner.get(entityId);
    const viewer = this.ctx.viewer!;
    if (![Role.ADMIN, Role.ASSESSOR].includes(viewer.role)) throw new ForbiddenError('Only an ADMIN or ASSESSOR may read the audit log');
    const qb = this.ctx.db.getRepository(AuditEvent).createQueryBuilder('e').where('e.entityType = :t AND e.entityId = :id', { t: entityType, id: entityId });
    return paginate(qb, page, [], { AT: 'e.at' }, [{ field: 'AT', direction: 'DESC' as never }]);
  }
}
