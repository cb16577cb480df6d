import { defineModule, resolversReading, serviceOf } from '../core/module';
import { ResponsibilityItem } from './responsibility.entity';
import { createResponsibilityLoaders } from './responsibility.loaders';
import {
  ResponsibilityItemResolver,
  OfficialResponsibilityResolver,
  type ResponsibilityResolverContext,
} from './responsibility.resolver';
import { ResponsibilityItemService } from './responsibility.service';

/**
 * Responsibility lists (责任清单): each official's yearly duties and red lines (docs/rules.md rule 8).
 */
export const responsibilityModule = defineModule({
  name: 'responsibility',
  entities: [ResponsibilityItem],
  resolvers: resolversReading<ResponsibilityResolverContext>(
    ResponsibilityItemResolver,
    OfficialResponsibilityResolver,
  ),
  loaders: createResponsibilityLoaders,
  services: {
    responsibilityItems: serviceOf(ResponsibilityItemService),
  },
});
