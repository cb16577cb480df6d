import { defineModule, resolversReading, serviceOf } from '../core/module';
import { resultsExportRoute } from './export.route';
import { createIntegrationLoaders } from './integration.loaders';
import { IntegrationResolver, type IntegrationResolverContext } from './integration.resolver';
import { OfficialSyncService } from './official-sync.service';
import { ResultsExportService } from './results-export.service';
import { ServiceToken } from './service-token.entity';
import { ServiceTokenService } from './service-token.service';
import { serviceTokens } from './service-tokens';

/**
 * The district integration (README, District integration): service tokens and their authenticator, the
 * officials upsert and the results export at RESULTS_EXPORT_PATH.
 */
export const integrationModule = defineModule({
  name: 'integration',
  entities: [ServiceToken],
  resolvers: resolversReading<IntegrationResolverContext>(IntegrationResolver),
  loaders: createIntegrationLoaders,
  services: {
    serviceTokens: serviceOf(ServiceTokenService),
    officialSync: serviceOf(OfficialSyncService),
    resultsExport: serviceOf(ResultsExportService),
  },
  routes: [resultsExportRoute],
  authenticators: [serviceTokens],
});
