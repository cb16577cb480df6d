import { ForbiddenError, BadUserInputError } from '../core/errors';
import { Connection, PageArgs, paginate } from '../core/pagination';
import type { ServiceContext } from '../core/record.service';
import { Role } from '../core/role';
import { AuditEvent } from './audit-event.entity';
import type { EvaluationMeetingService } from '../evaluation-meeting/evaluation-meeting.service';
import type { RatingTemplateService } from '../rating-template/rating-template.service';
import type { ResponsibilityItemService } from '../responsibility/responsibility.service';
import type { SelfReportService } from '../self-report/self-report.service';
import type { InquiryService } from '../inquiry/inquiry.service';
import type { HeadAppointmentService } from '../head-appointment/head-appointment.service';
import type { AccountabilityCaseService } from '../accountability/accountability.service';
import type { MatterService } from '../matter/matter.service';
import type { UserService } from '../user/user.service';
import type { HearingService } from '../hearing/hearing.service';
import type { WorksProjectService } from '../hearing/works-project.service';
import type { MediationService } from '../mediation/mediation.service';
import type { PetitionService } from '../petition/petition.service';
import type { BuildingService } from '../convention/building.service';
import type { ConventionService } from '../convention/convention.service';
import type { BreachService } from '../convention/breach.service';
import { auditReasons } from './reasons';

/** Types whose history can be read, and the service that says whether the caller may see the record. */
const AUDITED = [
  'EvaluationMeeting',
  'RatingTemplate',
  'ResponsibilityItem',
  'SelfReport',
  'Inquiry',
  'HeadAppointment',
  'AccountabilityCase',
  'User',
  'Matter',
  // The self-governance records (docs/rules.md rule 14).
  'WorksProject',
  'Hearing',
  'Mediation',
  'Petition',
  'Building',
  'BuildingConvention',
  'ConventionBreach',
] as const;

/** The loaders this service reads. */
type AuditServiceLoaders = unknown;

/** The services this service calls (the composition root passes them). */
export interface AuditDeps {
  meetings: EvaluationMeetingService;
  ratingTemplates: RatingTemplateService;
  responsibilityItems: ResponsibilityItemService;
  selfReports: SelfReportService;
  inquiries: InquiryService;
  headAppointments: HeadAppointmentService;
  accountability: AccountabilityCaseService;
  users: UserService;
  matters: MatterService;
  worksProjects: WorksProjectService;
  hearings: HearingService;
  mediations: MediationService;
  petitions: PetitionService;
  buildings: BuildingService;
  conventions: ConventionService;
  breaches: BreachService;
}

/** Reading the audit log ("Roles and reach"): an ADMIN or ASSESSOR reads the history of a record within their scope. */
export class AuditService {
  constructor(
    private readonly ctx: ServiceContext<AuditServiceLoaders>,
    private readonly deps: AuditDeps,
  ) {}

  /**
   * The history of one record, newest first. UNAUTHENTICATED without sign-in; FORBIDDEN for roles
   * other than ADMIN and ASSESSOR; BAD_USER_INPUT on `entityType` for a type without history;
   * NOT_FOUND when the record does not exist or lies outside the caller's scope.
   */
  async history(entityType: string, entityId: string, page: PageArgs): Promise<Connection<AuditEvent>> {
    const services = this.deps;
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
      WorksProject: services.worksProjects,
      Hearing: services.hearings,
      Mediation: services.mediations,
      Petition: services.petitions,
      Building: services.buildings,
      BuildingConvention: services.conventions,
      ConventionBreach: services.breaches,
    };
    const owner = owners[entityType as (typeof AUDITED)[number]];
    if (!owner)
      throw new BadUserInputError(auditReasons.entityTypeUnknown({ allowed: AUDITED.join(', ') }), 'entityType');
    await owner.get(entityId);
    const viewer = this.ctx.viewer!;
    if (![Role.ADMIN, Role.ASSESSOR].includes(viewer.role)) throw new ForbiddenError(auditReasons.readerRole());
    const qb = this.ctx.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.entityType = :t AND e.entityId = :id', { t: entityType, id: entityId });
    return paginate(qb, page, [], { AT: 'e.at' }, [{ field: 'AT', direction: 'DESC' as never }]);
  }
}
