import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Official } from './official.entity';
import { createOfficialLoaders } from './official.loaders';
import { OfficialResolver, type OfficialResolverContext } from './official.resolver';
import { OfficialService } from './official.service';

/**
 * Officials (人员) of the three categories (docs/rules.md rule 3), with rule 2's guard on moving
 * an agency's consented head.
 */
export const officialModule = defineModule({
  name: 'official',
  entities: [Official],
  resolvers: resolversReading<OfficialResolverContext>(OfficialResolver),
  loaders: createOfficialLoaders,
  services: {
    officials: serviceOf(OfficialService),
  },
});
