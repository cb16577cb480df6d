import { defineModule, resolversReading, serviceOf } from '../core/module';
import { BreachFollowUp, ConventionBreach } from './breach.entity';
import { ConventionBreachResolver, type BreachResolverContext } from './breach.resolver';
import { BreachService } from './breach.service';
import { Building } from './building.entity';
import { BuildingResolver, type BuildingResolverContext } from './building.resolver';
import { BuildingService } from './building.service';
import { BuildingConvention, ConventionVersion } from './convention.entity';
import { createConventionLoaders } from './convention.loaders';
import {
  BuildingConventionResolver,
  ConventionVersionResolver,
  type ConventionResolverContext,
} from './convention.resolver';
import { ConventionService } from './convention.service';
import { HouseholdCode } from './household-code.entity';
import { HouseholdCodeService } from './household-code.service';

/**
 * Buildings and their residents' conventions (居民公约, docs/rules.md rule 14): versions that take
 * effect at two thirds of the households, one-time household codes, breaches and follow-ups.
 */
export const conventionModule = defineModule({
  name: 'convention',
  entities: [Building, BuildingConvention, ConventionVersion, HouseholdCode, ConventionBreach, BreachFollowUp],
  resolvers: resolversReading<BuildingResolverContext & ConventionResolverContext & BreachResolverContext>(
    BuildingResolver,
    BuildingConventionResolver,
    ConventionVersionResolver,
    ConventionBreachResolver,
  ),
  loaders: createConventionLoaders,
  services: {
    buildings: serviceOf(BuildingService),
    conventions: serviceOf(ConventionService),
    householdCodes: serviceOf(HouseholdCodeService),
    breaches: serviceOf(BreachService),
  },
});
