/** The district integration module: service tokens, the officials upsert and the results export. */
export { OfficialSyncService } from './official-sync.service';
export { ResultsExportService } from './results-export.service';
export { ServiceTokenService } from './service-token.service';
