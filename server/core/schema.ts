import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { DistrictResolver } from '../district/district.resolver';
import { SubdistrictResolver } from '../subdistrict/subdistrict.resolver';
import { NeighborhoodResolver } from '../neighborhood/neighborhood.resolver';
import { OfficeResolver } from '../office/office.resolver';
import { DepartmentResolver } from '../department/department.resolver';
import { DispatchedAgencyResolver } from '../dispatched-agency/dispatched-agency.resolver';
import { OfficialResolver } from '../official/official.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { UserResolver } from '../user/user.resolver';
import { OfficialResponsibilityResolver, ResponsibilityItemResolver } from '../responsibility/responsibility.resolver';
import { OfficialSelfReportResolver, SelfReportAnswerResolver, SelfReportResolver } from '../self-report/self-report.resolver';
import { InquiryResolver } from '../inquiry/inquiry.resolver';
import { RatingTemplateResolver } from '../rating-template/rating-template.resolver';
import { EvaluationMeetingResolver } from '../evaluation-meeting/evaluation-meeting.resolver';
import { MeetingResultResolver, RatingResolver } from '../rating/rating.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { IntegrationResolver } from '../integration/integration.resolver';
import { AnnualAssessmentResolver, OfficialAssessmentResolver, SubdistrictGradeCountsResolver } from '../assessment/assessment.resolver';
import { AgencyHeadResolver, HeadAppointmentResolver, OfficialAppointmentResolver } from '../head-appointment/head-appointment.resolver';
import { AccountabilityCaseResolver, OfficialAccountabilityResolver } from '../accountability/accountability.resolver';
import { WebhookResolver } from '../webhook/webhook.resolver';
import { MatterEventResolver, MatterResolver } from '../matter';
import { NodeResolver } from '../node/node.resolver';
import { argumentNames } from './errors';
import { createLocalPubSub, PingyiPubSub } from './events';
import { describeRootTypes } from './root-types';

/** Every resolver class of Pingyi. */
export const resolvers: NonEmptyArray<Function> = [
  DistrictResolver,
  SubdistrictResolver,
  NeighborhoodResolver,
  OfficeResolver,
  DepartmentResolver,
  DispatchedAgencyResolver,
  OfficialResolver,
  AuthResolver,
  UserResolver,
  ResponsibilityItemResolver,
  OfficialResponsibilityResolver,
  SelfReportResolver,
  SelfReportAnswerResolver,
  OfficialSelfReportResolver,
  InquiryResolver,
  RatingTemplateResolver,
  EvaluationMeetingResolver,
  RatingResolver,
  MeetingResultResolver,
  AuditResolver,
  IntegrationResolver,
  AnnualAssessmentResolver,
  OfficialAssessmentResolver,
  SubdistrictGradeCountsResolver,
  HeadAppointmentResolver,
  AgencyHeadResolver,
  OfficialAppointmentResolver,
  AccountabilityCaseResolver,
  OfficialAccountabilityResolver,
  WebhookResolver,
  MatterResolver, MatterEventResolver,
  NodeResolver,
];

const built = new WeakMap<PingyiPubSub, Promise<GraphQLSchema>>();
let emitted: PingyiPubSub | undefined;

/**
 * Builds the GraphQL schema from the code (once per pub/sub, so per server): input validation on
 * (type-graphql#1397), `DateTime` in ISO 8601 UTC for `Date`. Also records which argument each
 * input class is passed as, so validation errors name `input.<field>`.
 */
export function getSchema(pubSub?: PingyiPubSub): Promise<GraphQLSchema> {
  const bus = pubSub ?? (emitted ??= createLocalPubSub());
  let schema = built.get(bus);
  if (!schema) {
    schema = build(bus);
    built.set(bus, schema);
  }
  return schema;
}

async function build(pubSub: PingyiPubSub): Promise<GraphQLSchema> {
  // Pingyi uses no type-graphql middlewares or auth checker (scope lives in the services), so a
  // plain property field needs no wrapper: GraphQL's default resolver reads it (BENCHMARKS.md, B2).
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  const schema = await buildSchema({
    resolvers,
    pubSub,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  describeRootTypes(schema);
  for (const param of getMetadataStorage().params) {
    if (param.kind === 'arg') {
      const type = param.getType();
      if (typeof type === 'function') argumentNames.set(type, param.name);
    }
  }
  return schema;
}
