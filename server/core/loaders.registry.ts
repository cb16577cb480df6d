import type { DataSource } from 'typeorm';
import type { Viewer } from './viewer';
import { createDistrictLoaders } from '../district/district.loaders';
import { createSubdistrictLoaders } from '../subdistrict/subdistrict.loaders';
import { createNeighborhoodLoaders } from '../neighborhood/neighborhood.loaders';
import { createOfficeLoaders } from '../office/office.loaders';
import { createDepartmentLoaders } from '../department/department.loaders';
import { createDispatchedAgencyLoaders } from '../dispatched-agency/dispatched-agency.loaders';
import { createOfficialLoaders } from '../official/official.loaders';
import { createUserLoaders } from '../user/user.loaders';
import { createResponsibilityLoaders } from '../responsibility/responsibility.loaders';
import { createSelfReportLoaders } from '../self-report/self-report.loaders';
import { createInquiryLoaders } from '../inquiry/inquiry.loaders';
import { createRatingTemplateLoaders } from '../rating-template/rating-template.loaders';
import { createEvaluationMeetingLoaders } from '../evaluation-meeting/evaluation-meeting.loaders';
import { createRatingLoaders } from '../rating/rating.loaders';
import { createIntegrationLoaders } from '../integration/integration.loaders';
import { createHeadAppointmentLoaders } from '../head-appointment/head-appointment.loaders';
import { createAccountabilityLoaders } from '../accountability/accountability.loaders';
import { createAssessmentLoaders } from '../assessment/assessment.loaders';
import { createWebhookLoaders } from '../webhook/webhook.loaders';

/**
 * Builds every DataLoader of one request (STYLE 3), scoped to the caller (`viewer`; null only for
 * the server's own start-up work). The context calls it once per request, so nothing cached here
 * outlives the request.
 */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    ...createDistrictLoaders(db),
    ...createSubdistrictLoaders(db),
    ...createNeighborhoodLoaders(db),
    ...createOfficeLoaders(db, viewer),
    ...createDepartmentLoaders(db, viewer),
    ...createDispatchedAgencyLoaders(db, viewer),
    ...createOfficialLoaders(db, viewer),
    ...createUserLoaders(db, viewer),
    ...createResponsibilityLoaders(db, viewer),
    ...createSelfReportLoaders(db, viewer),
    ...createInquiryLoaders(db, viewer),
    ...createRatingTemplateLoaders(db, viewer),
    ...createEvaluationMeetingLoaders(db, viewer),
    ...createRatingLoaders(db),
    ...createIntegrationLoaders(db, viewer),
    ...createHeadAppointmentLoaders(db, viewer),
    ...createAccountabilityLoaders(db, viewer),
    ...createAssessmentLoaders(db, viewer),
    ...createWebhookLoaders(db, viewer),
  };
}

/** This request's loaders, by name. */
export type Loaders = ReturnType<typeof createLoaders>;
