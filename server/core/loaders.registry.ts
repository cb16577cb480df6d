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
import { createMatterLoaders } from '../matter';

/** Each module's loader factory; a request builds a module's loaders the first time it uses one. */
const GROUPS = [
  (db: DataSource) => createDistrictLoaders(db),
  (db: DataSource) => createSubdistrictLoaders(db),
  (db: DataSource) => createNeighborhoodLoaders(db),
  (db: DataSource, viewer: Viewer | null) => createOfficeLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createDepartmentLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createDispatchedAgencyLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createOfficialLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createUserLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createResponsibilityLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createSelfReportLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createInquiryLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createRatingTemplateLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createEvaluationMeetingLoaders(db, viewer),
  (db: DataSource) => createRatingLoaders(db),
  (db: DataSource, viewer: Viewer | null) => createIntegrationLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createHeadAppointmentLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createAccountabilityLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createAssessmentLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createWebhookLoaders(db, viewer),
  (db: DataSource, viewer: Viewer | null) => createMatterLoaders(db, viewer),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** This request's loaders, by name. */
export type Loaders = UnionToIntersection<ReturnType<(typeof GROUPS)[number]>>;

/** A request's loaders: each module's group is built on first use, then kept for the request. */
class RequestLoaders {
  readonly built: (Record<string, unknown> | undefined)[] = [];
  constructor(
    readonly db: DataSource,
    readonly viewer: Viewer | null,
  ) {}
}

let prototypeReady = false;

/** Puts one getter per loader name on RequestLoaders' prototype, learning each group's names once. */
function prepareAccessors(db: DataSource): void {
  GROUPS.forEach((group, index) => {
    for (const name of Object.keys(group(db, null))) {
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          const loaders = (this.built[index] ??= group(this.db, this.viewer) as Record<string, unknown>);
          return loaders[name];
        },
      });
    }
  });
  prototypeReady = true;
}

/**
 * The DataLoaders of one request (STYLE 3), scoped to the caller (`viewer`; null only for the
 * server's own start-up work). The context calls it once per request, so nothing cached here
 * outlives the request; a module's loaders are made only when the request first uses one, so a
 * request pays only for the loaders it needs.
 */
export function createLoaders(db: DataSource, viewer: Viewer | null): Loaders {
  if (!prototypeReady) prepareAccessors(db);
  return new RequestLoaders(db, viewer) as unknown as Loaders;
}
