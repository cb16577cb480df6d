import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Mediation } from './mediation.entity';
import { createMediationLoaders } from './mediation.loaders';
import { MediationDepartmentResolver, MediationResolver, type MediationResolverContext } from './mediation.resolver';
import { MediationService } from './mediation.service';

/**
 * Mediation meetings (矛盾协调会, docs/rules.md rule 14): the parties, chair, legal adviser and
 * departments, the written record (with the women's director where family is involved) and the
 * district civil court's confirmation.
 */
export const mediationModule = defineModule({
  name: 'mediation',
  entities: [Mediation],
  resolvers: resolversReading<MediationResolverContext>(MediationResolver, MediationDepartmentResolver),
  loaders: createMediationLoaders,
  services: {
    mediations: serviceOf(MediationService),
  },
});
