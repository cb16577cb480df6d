/** Residents' matters (诉求, docs/rules.md rule 13): what the composition root in server/core wires. */
export { Matter } from './matter.entity';
export { MatterEvent } from './matter-event.entity';
export { MatterRankingPolicy } from './matter-ranking-policy.entity';
export { MatterEventResolver, MatterResolver } from './matter.resolver';
export { createMatterLoaders } from './matter.loaders';
export { MatterService } from './matter.service';
export { MatterTransferService } from './matter-transfer.service';
export { MatterResidentService } from './matter-resident.service';
export { MatterRankingService } from './matter-ranking.service';
export { MatterSyncService } from './matter-sync.service';
export { open311Router, OPEN311_PATH } from './open311.route';
export { Open311Service } from './open311.service';
export { markOverdueMatters, startMatterJobs, matterTaskList, MATTER_OVERDUE_TASK } from './matter-overdue.job';
