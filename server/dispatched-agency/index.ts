import { defineModule, resolversReading, serviceOf } from '../core/module';
import { DispatchedAgency } from './dispatched-agency.entity';
import { createDispatchedAgencyLoaders } from './dispatched-agency.loaders';
import { DispatchedAgencyResolver, type DispatchedAgencyResolverContext } from './dispatched-agency.resolver';
import { DispatchedAgencyService } from './dispatched-agency.service';

/**
 * The agencies departments station in subdistricts (派出机构, "七所八所").
 */
export const dispatchedAgencyModule = defineModule({
  name: 'dispatched-agency',
  entities: [DispatchedAgency],
  resolvers: resolversReading<DispatchedAgencyResolverContext>(DispatchedAgencyResolver),
  loaders: createDispatchedAgencyLoaders,
  services: {
    agencies: serviceOf(DispatchedAgencyService),
  },
});
