/**
 * The admin's one way of showing dates and times: in Asia/Shanghai, whatever the browser's zone,
 * as `2026年12月6日 周日 09:30` in Chinese and `Sun, 6 Dec 2026, 09:30` in English; a calendar
 * day (an instant's, or a `YYYY-MM-DD` date such as a term's start) as `2026年12月6日` /
 * `6 December 2026`. Built on Intl.DateTimeFormat.
 */

/** The time zone every date and time of the admin is shown in (Pingyi's 街道 are in Shanghai). */
export const SHOWN_TIME_ZONE = 'Asia/Shanghai';

/** What is shown for no date. */
const NONE = '—';

/** Whether `locale` is Chinese (the admin's default). */
function isChinese(locale: string): boolean {
  return !locale.startsWith('en');
}

/** The parts of `date` in `timeZone` by type (year, month, day, weekday, hour, minute). */
function partsOf(
  date: Date,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Record<string, string> {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, ...options }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** An ISO 8601 instant as a Date, or null when it is empty or unreadable. */
function dateOf(iso: string | Date | null | undefined): Date | null {
  if (!iso) return null;
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant with its weekday and time in Shanghai: `2026年12月6日 周日 09:30`, `Sun, 6 Dec 2026, 09:30`; "—" for none. */
export function formatInstant(iso: string | Date | null | undefined, locale: string): string {
  const date = dateOf(iso);
  if (!date) return NONE;
  if (!isChinese(locale))
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: SHOWN_TIME_ZONE,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(date);
  const p = partsOf(date, 'zh-CN', SHOWN_TIME_ZONE, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.year}年${p.month}月${p.day}日 ${p.weekday} ${p.hour}:${p.minute}`;
}

/**
 * A calendar day: `2026年12月6日`, `6 December 2026`; "—" for none. An instant is shown as its day
 * in Shanghai; a `YYYY-MM-DD` date is that day as it is (no zone moves it).
 */
export function formatDay(value: string | Date | null | undefined, locale: string): string {
  const plainDay = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = plainDay ? new Date(Date.UTC(+plainDay[1], +plainDay[2] - 1, +plainDay[3])) : dateOf(value);
  if (!date) return NONE;
  const timeZone = plainDay ? 'UTC' : SHOWN_TIME_ZONE;
  if (!isChinese(locale))
    return new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(date);
  const p = partsOf(date, 'zh-CN', timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' });
  return `${p.year}年${p.month}月${p.day}日`;
}
