import { BadUserInputError } from '../core/errors';
import { surveyReasons } from './reasons';

/** A survey period: its name as given and its first and last calendar day (YYYY-MM-DD, Asia/Shanghai). */
export interface SurveyPeriod {
  period: string;
  startsOn: string;
  endsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses a survey period (docs/rules.md rule 12): a quarter `2025-Q3`, a month `2025-07`, a half
 * year `2025-H2` or a year `2025`, years 2000–2100. BAD_USER_INPUT on `field` otherwise.
 */
export function parsePeriod(text: string, field: string): SurveyPeriod {
  const m = /^(20\d\d|2100)(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])))?$/.exec(text);
  if (!m) throw new BadUserInputError(surveyReasons.periodFormat(), field);
  const year = Number(m[1]);
  const [first, last] = m[2]
    ? [Number(m[2]) * 3 - 2, Number(m[2]) * 3]
    : m[3]
      ? [Number(m[3]) * 6 - 5, Number(m[3]) * 6]
      : m[4]
        ? [Number(m[4]), Number(m[4])]
        : [1, 12];
  return {
    period: text,
    startsOn: `${year}-${pad(first)}-01`,
    endsOn: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** The quarter (YYYY-Qn) that `at` lies in, in Asia/Shanghai: the default period of a new survey. */
export function quarterOf(at: Date): string {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  return `${shanghai.getUTCFullYear()}-Q${Math.floor(shanghai.getUTCMonth() / 3) + 1}`;
}
