import { defineModule, resolversReading, serviceOf } from '../core/module';
import { SelfReport, SelfReportAnswer } from './self-report.entity';
import { createSelfReportLoaders } from './self-report.loaders';
import {
  SelfReportResolver,
  SelfReportAnswerResolver,
  OfficialSelfReportResolver,
  type SelfReportResolverContext,
} from './self-report.resolver';
import { SelfReportService } from './self-report.service';

/**
 * Self-reports (述职) against the responsibility list (docs/rules.md rule 8).
 */
export const selfReportModule = defineModule({
  name: 'self-report',
  entities: [SelfReport, SelfReportAnswer],
  resolvers: resolversReading<SelfReportResolverContext>(
    SelfReportResolver,
    SelfReportAnswerResolver,
    OfficialSelfReportResolver,
  ),
  loaders: createSelfReportLoaders,
  services: {
    selfReports: serviceOf(SelfReportService),
  },
});
