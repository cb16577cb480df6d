// The State Council's calendar as the chinese-days package publishes it: rest days (holidays,
// including the weekends they swallow) and make-up working days (调休上班), by YYYY-MM-DD. Its own
// date functions read dates in the process's time zone (wrong west of UTC), so Pingyi reads the
// data and counts in Asia/Shanghai itself.
import calendar from 'chinese-days/dist/chinese-days.json';

const restDays: Record<string, string> = (calendar as { holidays: Record<string, string> }).holidays;
const makeUpDays: Record<string, string> = (calendar as { workdays: Record<string, string> }).workdays;

/** Milliseconds in a day, and Asia/Shanghai's offset from UTC (China keeps no daylight saving). */
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar day (YYYY-MM-DD) of `instant` in Asia/Shanghai. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai calendar day (YYYY-MM-DD) starts (00:00 Asia/Shanghai). */
export function startOfShanghaiDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

/** The instant a Shanghai calendar day ends: 24:00 Asia/Shanghai, i.e. the next day's 00:00. */
export function endOfShanghaiDay(day: string): Date {
  return new Date(startOfShanghaiDay(day).getTime() + DAY_MS);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether a calendar day (YYYY-MM-DD) is a working day on China's official calendar: a make-up
 * working day is one (e.g. Saturday 2025-10-11), a public holiday is not (2025-10-01 … 10-08),
 * otherwise Monday to Friday. Years the package does not know yet count weekdays only.
 */
export function isWorkingDay(day: string): boolean {
  if (makeUpDays[day]) return true;
  if (restDays[day]) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `n`th working day (n ≥ 1) after the calendar day `day`, which itself never counts. */
export function nthWorkingDayAfter(day: string, n: number): string {
  let current = day;
  for (let found = 0; found < n;) {
    current = nextDay(current);
    if (isWorkingDay(current)) found += 1;
  }
  return current;
}

/**
 * docs/rules.md rule 13's deadlines: a matter received at `receivedAt` is due at the end (24:00
 * Asia/Shanghai) of the `workingDays`th working day after the day of receipt; the day of receipt
 * never counts, whatever the hour, and neither do holidays and weekends, while make-up working
 * days do. E.g. 5 working days from Tuesday 2025-09-30 10:00: 10-09, 10-10, 10-11 (make-up
 * Saturday), 10-13, 10-14 → due 2025-10-14 24:00 (2025-10-14T16:00:00Z).
 */
export function dueAfterWorkingDays(receivedAt: Date, workingDays: number): Date {
  return endOfShanghaiDay(nthWorkingDayAfter(shanghaiDay(receivedAt), workingDays));
}

/**
 * The working time between two instants, in working days: each working day of Asia/Shanghai
 * counts by the share of its 24 hours that lies between `from` and `to`; other days count 0.
 * Held from Monday 10:00 to Tuesday 16:00 → 14/24 + 16/24 = 1.25. 0 when `to` is not after `from`.
 * Rounded to 1/1000 day (86.4 s). This is the delay charged to an owner that passes a matter on.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  for (let day = shanghaiDay(from); startOfShanghaiDay(day).getTime() < to.getTime(); day = nextDay(day)) {
    if (!isWorkingDay(day)) continue;
    const start = Math.max(startOfShanghaiDay(day).getTime(), from.getTime());
    const end = Math.min(endOfShanghaiDay(day).getTime(), to.getTime());
    if (end > start) total += (end - start) / DAY_MS;
  }
  return Math.round(total * 1000) / 1000;
}
