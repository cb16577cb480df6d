import type { PlaceFinder } from '../core/request-context';
import type { SubdistrictLoaders } from './subdistrict.loaders';

/**
 * Where records placed in a subdistrict lie (docs/rules.md, Roles and reach): the subdistrict and
 * its district, through this request's subdistrict loader; a district id of '' for an unknown
 * subdistrict, which lies outside every scope. The kernel's PlaceFinder for every service.
 */
export function subdistrictPlaces(loaders: SubdistrictLoaders): PlaceFinder {
  return {
    async placeInSubdistrict(subdistrictId) {
      const subdistrict = await loaders.subdistrict.load(subdistrictId);
      return { districtId: subdistrict?.districtId ?? '', subdistrictId };
    },
  };
}
