/**
 * The admin's dates and times (admin/src/common/dates.ts): in Asia/Shanghai whatever the
 * machine's zone, `2026年12月6日 周日 09:30` in Chinese, a calendar day as `2026年12月6日`.
 */
import { formatDay, formatInstant } from '../../admin/src/common/dates';

describe("the admin's dates and times", () => {
  it('show an instant in Shanghai with its weekday: 2026年12月6日 周日 09:30, and in English', () => {
    expect(formatInstant('2026-12-06T01:30:00.000Z', 'zh-CN')).toBe('2026年12月6日 周日 09:30');
    expect(formatInstant('2026-12-06T01:30:00.000Z', 'en')).toBe('Sun, 6 Dec 2026, 09:30');
    // 23:30 UTC is the next day in Shanghai.
    expect(formatInstant('2026-12-05T23:30:00.000Z', 'zh-CN')).toBe('2026年12月6日 周日 07:30');
  });

  it('show a day: an instant by its day in Shanghai, a YYYY-MM-DD date as it is', () => {
    expect(formatDay('2026-12-05T23:30:00.000Z', 'zh-CN')).toBe('2026年12月6日');
    expect(formatDay('2026-12-06', 'zh-CN')).toBe('2026年12月6日');
    expect(formatDay('2026-12-06', 'en')).toBe('6 December 2026');
  });

  it('show "—" for no date or an unreadable one', () => {
    expect(formatInstant(null, 'zh-CN')).toBe('—');
    expect(formatDay('not a date', 'en')).toBe('—');
  });
});
