import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Subdistrict } from './subdistrict.entity';
import { createSubdistrictLoaders } from './subdistrict.loaders';
import { SubdistrictResolver, type SubdistrictResolverContext } from './subdistrict.resolver';
import { SubdistrictService } from './subdistrict.service';

/**
 * Subdistricts (街道 / 镇 / 乡), and where a record placed in one lies: the PlaceFinder the kernel
 * asks (subdistrictPlaces, wired by the composition root).
 */
export const subdistrictModule = defineModule({
  name: 'subdistrict',
  entities: [Subdistrict],
  resolvers: resolversReading<SubdistrictResolverContext>(SubdistrictResolver),
  loaders: createSubdistrictLoaders,
  services: {
    subdistricts: serviceOf(SubdistrictService),
  },
});

export { subdistrictPlaces } from './subdistrict-places';
