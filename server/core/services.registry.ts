import { DistrictService } from '../district/district.service';
import { SubdistrictService } from '../subdistrict/subdistrict.service';
import { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { OfficeService } from '../office/office.service';
import { DepartmentService } from '../department/department.service';
import { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import { OfficialService } from '../official/official.service';
import { UserService } from '../user/user.service';
import { AuthService } from '../auth/auth.service';
import { ResponsibilityItemService } from '../responsibility/responsibility.service';
import { SelfReportService } from '../self-report/self-report.service';
import { InquiryService } from '../inquiry/inquiry.service';
import { RatingTemplateService } from '../rating-template/rating-template.service';
import { EvaluationMeetingService } from '../evaluation-meeting/evaluation-meeting.service';
import { AttendanceService } from '../evaluation-meeting/attendance.service';
import { RatingService } from '../rating/rating.service';
import { AuditService } from '../audit/audit.service';
import { OfficialSyncService, ResultsExportService, ServiceTokenService } from '../integration';
import { HeadAppointmentService } from '../head-appointment/head-appointment.service';
import { AccountabilityCaseService } from '../accountability/accountability.service';
import { AssessmentService } from '../assessment/assessment.service';
import { WebhookService } from '../webhook/webhook.service';
import { MatterRankingService, MatterResidentService, MatterService, MatterSyncService, MatterTransferService, Open311Service } from '../matter';
import { NodeService } from '../node/node.service';
import type { ServiceContext } from './record.service';

/** The domain services of one request; each holds the rules of its module (DESIGN, Rules). */
export function createServices(base: Omit<ServiceContext, 'services'>) {
  const ctx: ServiceContext = { ...base, services: () => services };
  const services = {
    districts: new DistrictService(ctx),
    subdistricts: new SubdistrictService(ctx),
    neighborhoods: new NeighborhoodService(ctx),
    offices: new OfficeService(ctx),
    departments: new DepartmentService(ctx),
    agencies: new DispatchedAgencyService(ctx),
    officials: new OfficialService(ctx),
    users: new UserService(ctx),
    auth: new AuthService(ctx),
    responsibilityItems: new ResponsibilityItemService(ctx),
    selfReports: new SelfReportService(ctx),
    inquiries: new InquiryService(ctx),
    ratingTemplates: new RatingTemplateService(ctx),
    meetings: new EvaluationMeetingService(ctx),
    ratings: new RatingService(ctx),
    attendance: new AttendanceService(ctx),
    audit: new AuditService(ctx),
    serviceTokens: new ServiceTokenService(ctx),
    officialSync: new OfficialSyncService(ctx),
    resultsExport: new ResultsExportService(ctx),
    headAppointments: new HeadAppointmentService(ctx),
    accountability: new AccountabilityCaseService(ctx),
    assessments: new AssessmentService(ctx),
    webhooks: new WebhookService(ctx),
    matters: new MatterService(ctx), matterTransfers: new MatterTransferService(ctx), matterResidents: new MatterResidentService(ctx), matterRanking: new MatterRankingService(ctx), matterSync: new MatterSyncService(ctx), matterOpen311: new Open311Service(ctx),
    nodes: new NodeService(ctx),
  };
  return services;
}

/** The services of one request, by name. */
export type Services = ReturnType<typeof createServices>;
