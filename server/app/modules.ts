import { accountabilityModule } from '../accountability';
import { assessmentModule } from '../assessment';
import { attachmentModule } from '../attachment';
import { auditModule } from '../audit';
import { authModule } from '../auth';
import { conventionModule } from '../convention';
import type { HttpRoute, ResolverList } from '../core/module';
import type { RequestContext, ServiceContext } from '../core/request-context';
import { departmentModule } from '../department';
import { dispatchedAgencyModule } from '../dispatched-agency';
import { districtModule } from '../district';
import { evaluationMeetingModule } from '../evaluation-meeting';
import { headAppointmentModule } from '../head-appointment';
import { hearingModule } from '../hearing';
import { inquiryModule } from '../inquiry';
import { integrationModule } from '../integration';
import { matterModule } from '../matter';
import { mediationModule } from '../mediation';
import { neighborhoodModule } from '../neighborhood';
import { nodeModule } from '../node';
import { officeModule } from '../office';
import { officialModule } from '../official';
import { petitionModule } from '../petition';
import { ratingModule } from '../rating';
import { ratingTemplateModule } from '../rating-template';
import { responsibilityModule } from '../responsibility';
import { selfReportModule } from '../self-report';
import { subdistrictModule } from '../subdistrict';
import { surveyModule } from '../survey';
import { userModule } from '../user';
import { webhookModule } from '../webhook';
import type { AnyClass } from '../core/class';

/**
 * Every domain module of Pingyi, in one list: the composition root. The app, the schema
 * (`npm run schema:emit`), the migrations' entity list and the tests' server all take the modules
 * from here. Adding a module is its folder (with `index.ts` exporting its descriptor) and one line
 * below (docs/architecture.md, Adding a module). Subscribers hear events in this order.
 */
export const modules = [
  districtModule,
  subdistrictModule,
  neighborhoodModule,
  officeModule,
  departmentModule,
  dispatchedAgencyModule,
  officialModule,
  userModule,
  authModule,
  responsibilityModule,
  selfReportModule,
  inquiryModule,
  ratingTemplateModule,
  evaluationMeetingModule,
  ratingModule,
  auditModule,
  integrationModule,
  headAppointmentModule,
  accountabilityModule,
  assessmentModule,
  webhookModule,
  matterModule,
  surveyModule,
  conventionModule,
  mediationModule,
  hearingModule,
  petitionModule,
  attachmentModule,
  nodeModule,
] as const;

type Module = (typeof modules)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** A module's loaders, by name. */
type LoadersOf<M> = M extends { loaders: (...args: never[]) => infer L } ? L : Record<never, never>;
/** A module's services, by name. */
type ServicesOf<M> = M extends { services: infer F }
  ? { [K in keyof F]: F[K] extends (...args: never[]) => infer S ? S : never }
  : Record<never, never>;

/** This request's loaders, by name: every module's (docs/architecture.md, Loaders). */
export type Loaders = UnionToIntersection<LoadersOf<Module>>;
/** This request's services, by name: every module's. */
export type Services = UnionToIntersection<ServicesOf<Module>>;
/** What every resolver and route gets for one request. */
export type Context = RequestContext<Services, Loaders>;

// Compile-time checks that the root gives every module what it declares: a service factory's
// loaders and dependencies, a resolver list's or route's context. A missing one names itself here.
type Factory<M> = M extends { services: infer F } ? F[keyof F] : never;
type UnmetFactory<F> = F extends (ctx: ServiceContext<infer L>, deps: infer D) => unknown
  ? [Loaders] extends [L]
    ? [D] extends [undefined]
      ? never
      : [Services] extends [D]
        ? never
        : F
    : F
  : never;
type ReadContext<M> =
  | (M extends { resolvers: ResolverList<infer C> } ? C : never)
  | (M extends { routes: readonly HttpRoute<infer C>[] } ? C : never);
type UnmetContext<C> = C extends unknown ? ([Context] extends [C] ? never : C) : never;
const everyServiceHasItsDependencies: [UnmetFactory<Factory<Module>>] extends [never]
  ? true
  : UnmetFactory<Factory<Module>> = true;
const everyResolverHasItsContext: [UnmetContext<ReadContext<Module>>] extends [never]
  ? true
  : UnmetContext<ReadContext<Module>> = true;
void everyServiceHasItsDependencies;
void everyResolverHasItsContext;

/** Every TypeORM entity of Pingyi, from the modules; migrations/ must match them (CI checks). */
export const entities: readonly AnyClass[] = modules.flatMap((m): readonly AnyClass[] =>
  'entities' in m ? m.entities : [],
);
