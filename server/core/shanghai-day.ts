/**
 * Calendar days in Asia/Shanghai, the time zone Pingyi's records are dated in. Days are compared as
 * their `YYYY-MM-DD` strings, which sort as the days do.
 */

/** Today's calendar day in Shanghai (`YYYY-MM-DD`), or the day of `now` there. */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
