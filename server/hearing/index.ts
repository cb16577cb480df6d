import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Hearing, WorksProject } from './hearing.entity';
import { createHearingLoaders } from './hearing.loaders';
import { HearingResolver, WorksProjectResolver, type HearingResolverContext } from './hearing.resolver';
import { HearingService } from './hearing.service';
import { WorksProjectService } from './works-project.service';

/**
 * Decision hearings before works (决策听证会, docs/rules.md rule 14): works projects, their hearings
 * with questions, answers and outcome, and the rule that a project starts only after a hearing that
 * did not reject it or by a recorded override.
 */
export const hearingModule = defineModule({
  name: 'hearing',
  entities: [WorksProject, Hearing],
  resolvers: resolversReading<HearingResolverContext>(WorksProjectResolver, HearingResolver),
  loaders: createHearingLoaders,
  services: {
    worksProjects: serviceOf(WorksProjectService),
    hearings: serviceOf(HearingService),
  },
});
