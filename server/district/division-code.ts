import { BadUserInputError } from '../core/errors';
import { districtReasons } from './reasons';

/**
 * A child division's code starts with its parent's code (GB/T 2260 and the statistical division
 * codes). Raises BAD_USER_INPUT on `field` otherwise.
 */
export function assertCodeUnder(childCode: string, parentCode: string, field: string, parentLabel: string): void {
  if (!childCode.startsWith(parentCode)) {
    throw new BadUserInputError(districtReasons.codePrefix({ childCode, parentLabel, parentCode }), field);
  }
}
