import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Office } from './office.entity';
import { createOfficeLoaders } from './office.loaders';
import { OfficeResolver, type OfficeResolverContext } from './office.resolver';
import { OfficeService } from './office.service';

/**
 * A subdistrict's offices: the six standard ones and at most two of its own (docs/rules.md rule 1).
 */
export const officeModule = defineModule({
  name: 'office',
  entities: [Office],
  resolvers: resolversReading<OfficeResolverContext>(OfficeResolver),
  loaders: createOfficeLoaders,
  services: {
    offices: serviceOf(OfficeService),
  },
});
