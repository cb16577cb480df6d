import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Neighborhood } from './neighborhood.entity';
import { createNeighborhoodLoaders } from './neighborhood.loaders';
import { NeighborhoodResolver, type NeighborhoodResolverContext } from './neighborhood.resolver';
import { NeighborhoodService } from './neighborhood.service';

/**
 * Neighborhoods (居民区 / 居委会): the divisions below a subdistrict.
 */
export const neighborhoodModule = defineModule({
  name: 'neighborhood',
  entities: [Neighborhood],
  resolvers: resolversReading<NeighborhoodResolverContext>(NeighborhoodResolver),
  loaders: createNeighborhoodLoaders,
  services: {
    neighborhoods: serviceOf(NeighborhoodService),
  },
});
