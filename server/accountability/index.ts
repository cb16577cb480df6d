import { defineModule, resolversReading, serviceOf } from '../core/module';
import { AccountabilityCase } from './accountability.entity';
import { createAccountabilityLoaders } from './accountability.loaders';
import {
  AccountabilityCaseResolver,
  OfficialAccountabilityResolver,
  type AccountabilityResolverContext,
} from './accountability.resolver';
import { AccountabilityCaseService } from './accountability.service';

/**
 * Accountability cases (责任追究) for red-line breaches (docs/rules.md rule 9).
 */
export const accountabilityModule = defineModule({
  name: 'accountability',
  entities: [AccountabilityCase],
  resolvers: resolversReading<AccountabilityResolverContext>(
    AccountabilityCaseResolver,
    OfficialAccountabilityResolver,
  ),
  loaders: createAccountabilityLoaders,
  services: {
    accountability: serviceOf(AccountabilityCaseService),
  },
});
