import type { DataSource } from 'typeorm';
import { createDistrictLoaders } from '../district/district.loaders';
import { createSubdistrictLoaders } from '../subdistrict/subdistrict.loaders';
import { createNeighborhoodLoaders } from '../neighborhood/neighborhood.loaders';
import { createOfficeLoaders } from '../office/office.loaders';
import { createDepartmentLoaders } from '../department/department.loaders';
import { createDispatchedAgencyLoaders } from '../dispatched-agency/dispatched-agency.loaders';
import { createOfficialLoaders } from '../official/official.loaders';

/**
 * Builds every DataLoader of one request (STYLE 3). The context calls it once per request, so
 * nothing cached here outlives the request.
 */
export function createLoaders(db: DataSource) {
  return {
    ...createDistrictLoaders(db),
    ...createSubdistrictLoaders(db),
    ...createNeighborhoodLoaders(db),
    ...createOfficeLoaders(db),
    ...createDepartmentLoaders(db),
    ...createDispatchedAgencyLoaders(db),
    ...createOfficialLoaders(db),
  };
}

/** This request's loaders, by name. */
export type Loaders = ReturnType<typeof createLoaders>;
