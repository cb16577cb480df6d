import type { ScopeFilter } from './loaders';
import { limitToScope, Viewer } from './viewer';

/**
 * The loader scope of a viewer for records placed by `by`; undefined (no limit) only for the
 * server's own start-up work, which has no viewer.
 */
export function scopeFilter(viewer: Viewer | null, by: 'subdistrictId' | 'districtId'): ScopeFilter | undefined {
  return viewer ? (qb) => limitToScope(qb, viewer, by) : undefined;
}
