import { CREATE_BUILDING, CREATE_CONVENTION, ISSUE_HOUSEHOLD_CODES } from '../operations';
import type { TestServer } from '../server';
import { ok, unique } from './call';
import { places } from './places';

/** A building with a convention whose version 1 is OPEN, and household codes for it. */
export interface ConventionSetUp {
  neighborhoodId: string;
  buildingId: string;
  conventionId: string;
  versionId: string;
  /** The codes issued, shown once. */
  codes: string[];
}

/**
 * A building of a 外滩街道 neighborhood with `households` (default 6), its convention (version 1
 * OPEN) and `codes` household codes for that version (default one per household), all made
 * through the API as the server's signed-in ADMIN (or `as`).
 */
export async function conventionBuilding(
  server: TestServer,
  options: { households?: number; codes?: number; as?: string } = {},
): Promise<ConventionSetUp> {
  const households = options.households ?? 6;
  const waitan = (await places(server)).waitan;
  const hoods = await ok(
    server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    { s: waitan },
    options.as,
  );
  const neighborhoodId = hoods.neighborhoods.nodes[0].id;
  const building = await ok(
    server,
    CREATE_BUILDING,
    { input: { neighborhoodId, name: unique('楼'), households } },
    options.as,
  );
  const buildingId = building.createBuilding.id;
  const convention = await ok(
    server,
    CREATE_CONVENTION,
    { input: { buildingId, title: '居民公约', text: '一、爱护公共设施；二、不在楼道堆物；三、垃圾分类投放。' } },
    options.as,
  );
  const conventionId = convention.createBuildingConvention.id;
  const versionId = convention.createBuildingConvention.versions[0].id;
  const count = options.codes ?? households;
  const codes =
    count > 0
      ? (await ok(server, ISSUE_HOUSEHOLD_CODES, { input: { versionId, count } }, options.as)).issueHouseholdCodes.codes
      : [];
  return { neighborhoodId, buildingId, conventionId, versionId, codes };
}
