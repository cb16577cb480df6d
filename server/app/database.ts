import { createPingyiDataSource, type PingyiDataSource } from '../core/database';
import { entities } from './modules';

export { connectAndMigrate, markShuttingDown } from '../core/database';
export type { PingyiDataSource, QueryListener } from '../core/database';

/**
 * Builds (does not connect) Pingyi's data source for a PostgreSQL URL over every module's
 * entities (modules.ts). `synchronize` is off: the schema changes only through migrations/.
 */
export function createDataSource(
  url: string,
  options: { poolSize?: number; replicaUrls?: readonly string[] } = {},
): PingyiDataSource {
  return createPingyiDataSource(url, { entities, poolSize: options.poolSize, replicaUrls: options.replicaUrls });
}
