import { defineModule, resolversReading, serviceOf } from '../core/module';
import { District } from './district.entity';
import { createDistrictLoaders } from './district.loaders';
import { DistrictResolver, type DistrictResolverContext } from './district.resolver';
import { DistrictService } from './district.service';

/**
 * Districts (区): county-level divisions, public reference data (docs/rules.md, Glossary).
 */
export const districtModule = defineModule({
  name: 'district',
  entities: [District],
  resolvers: resolversReading<DistrictResolverContext>(DistrictResolver),
  loaders: createDistrictLoaders,
  services: {
    districts: serviceOf(DistrictService),
  },
});
