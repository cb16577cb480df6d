import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import type { Viewer } from '../core/viewer';
import { mediationScopeFilter } from '../mediation/mediation.loaders';
import { Petition } from './petition.entity';

/**
 * This request's petition loaders: petitions by id, and a matter's petitions (oldest taken up
 * first). A petition names its petitioner, so they are read as mediations are
 * (`mediationScopeFilter`: ADMINs and service tokens in scope; nothing for other roles).
 */
export function createPetitionLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = mediationScopeFilter(viewer);
  return {
    petition: byIdLoader(db, Petition, scope),
    petitionsByMatter: groupLoader(db, Petition, 'matterId', 'takenUpOn', scope),
  };
}

/** The petition loaders, for services that declare them. */
export type PetitionLoaders = ReturnType<typeof createPetitionLoaders>;
