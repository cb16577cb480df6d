import { BadUserInputError } from '../core/errors';
import { assessmentReasons } from './reasons';

/** Asia/Shanghai's offset from UTC in milliseconds (China keeps no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The calendar year of `now` in Asia/Shanghai (UTC+8): the year assessments are made in. */
export function shanghaiYear(now: Date = new Date()): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/**
 * Refuses a year that has not begun in Shanghai (docs/rules.md rule 10: a grade rests on a year's
 * data, and a year to come has none): BAD_USER_INPUT on `field`, saying the current year.
 */
export function assertYearBegun(year: number, field: string, what: string): void {
  const current = shanghaiYear();
  if (year > current) throw new BadUserInputError(assessmentReasons.yearNotBegun({ year, current, what }), field);
}
