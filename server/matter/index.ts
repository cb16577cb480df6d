import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { MatterRankingPolicy } from './matter-ranking-policy.entity';
import { matterJobs } from './matter-overdue.job';
import { MatterRankingService } from './matter-ranking.service';
import { MatterResidentService } from './matter-resident.service';
import { MatterSyncService } from './matter-sync.service';
import { MatterTransferService } from './matter-transfer.service';
import { createMatterLoaders } from './matter.loaders';
import { MatterEventResolver, MatterResolver, type MatterResolverContext } from './matter.resolver';
import { MatterService } from './matter.service';
import { open311Route } from './open311.route';
import { Open311Service } from './open311.service';

/**
 * Residents' matters (诉求, docs/rules.md rule 13): first receiver owns it, transfers charged,
 * working-day deadlines, the resident's side, monthly rankings, Open311 GeoReport v2 and the
 * overdue marking on a PostgreSQL-backed job queue.
 */
export const matterModule = defineModule({
  name: 'matter',
  entities: [Matter, MatterEvent, MatterRankingPolicy],
  resolvers: resolversReading<MatterResolverContext>(MatterResolver, MatterEventResolver),
  loaders: createMatterLoaders,
  services: {
    matters: serviceOf(MatterService),
    matterTransfers: serviceOf(MatterTransferService),
    matterResidents: serviceOf(MatterResidentService),
    matterRanking: serviceOf(MatterRankingService),
    matterSync: serviceOf(MatterSyncService),
    matterOpen311: serviceOf(Open311Service),
  },
  routes: [open311Route],
  jobs: [matterJobs],
});

export { markOverdueMatters, matterTaskList, MATTER_OVERDUE_TASK } from './matter-overdue.job';
export { OPEN311_PATH } from './open311.route';
