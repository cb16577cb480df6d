import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Petition } from './petition.entity';
import { createPetitionLoaders } from './petition.loaders';
import { MatterPetitionsResolver, PetitionResolver, type PetitionResolverContext } from './petition.resolver';
import { PetitionService } from './petition.service';

/**
 * Petition agency (信访代理, docs/rules.md rule 14): a resident's petition taken up by an agent
 * organisation, the department it negotiates with, each round of talks and the agreement reached;
 * it may start from a resident's matter, which lists it back (`Matter.petitions`).
 */
export const petitionModule = defineModule({
  name: 'petition',
  entities: [Petition],
  resolvers: resolversReading<PetitionResolverContext>(PetitionResolver, MatterPetitionsResolver),
  loaders: createPetitionLoaders,
  services: {
    petitions: serviceOf(PetitionService),
  },
});
