import { District } from '../district/district.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Office } from '../office/office.entity';
import { Department } from '../department/department.entity';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Official } from '../official/official.entity';
import { User } from '../user/user.entity';
import { AuthKey } from '../auth/auth-key.entity';
import { RevokedSession } from '../auth/revoked-session.entity';
import { RatingTemplate } from '../rating-template/rating-template.entity';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingOfficial, MeetingRepresentative } from '../evaluation-meeting/meeting-registration.entity';
import { MeetingAttendance } from '../evaluation-meeting/meeting-attendance.entity';
import { BallotCode } from '../rating/ballot-code.entity';
import { Participation, Rating } from '../rating/rating.entity';
import { MeetingResult } from '../rating/meeting-result.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { AssessmentPolicy } from '../assessment/assessment-policy.entity';
import { ThirdPartyEvaluation } from '../assessment/third-party-evaluation.entity';
import { AnnualAssessment } from '../assessment/annual-assessment.entity';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { SelfReport, SelfReportAnswer } from '../self-report/self-report.entity';
import { Inquiry } from '../inquiry/inquiry.entity';
import { ServiceToken } from '../integration/service-token.entity';
import { HeadAppointment } from '../head-appointment/head-appointment.entity';
import { AccountabilityCase } from '../accountability/accountability.entity';
import { WebhookSubscription } from '../webhook/webhook-subscription.entity';
import { WebhookDelivery } from '../webhook/webhook-delivery.entity';
import { Matter, MatterEvent, MatterRankingPolicy } from '../matter';

/** Every TypeORM entity of Pingyi; migrations/ must match them (CI checks). */
export const entities = [
  District, Subdistrict, Neighborhood, Office, Department, DispatchedAgency, Official, User, AuthKey, RevokedSession,
  RatingTemplate, EvaluationMeeting, MeetingRepresentative, MeetingOfficial, BallotCode, Participation, Rating, MeetingResult, AuditEvent,
  AssessmentPolicy, ThirdPartyEvaluation, AnnualAssessment,
  ResponsibilityItem, SelfReport, SelfReportAnswer, Inquiry,
  ServiceToken,
  HeadAppointment, AccountabilityCase,
  WebhookSubscription, WebhookDelivery,
  MeetingAttendance,
  Matter, MatterEvent, MatterRankingPolicy,
];
