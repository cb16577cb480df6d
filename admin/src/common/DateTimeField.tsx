/**
 * Instants (`createdAt`, `scheduledAt`, …) shown in Asia/Shanghai (common/dates.ts: `2026年12月6日
 * 周日 09:30`), entered in the browser's time zone (in Shanghai: Asia/Shanghai) and exchanged with
 * the API as full ISO 8601 instants in UTC; calendar days (`startsOn`) shown as `2026年12月6日`.
 */
import {
  DateTimeInput,
  FunctionField,
  useLocaleState,
  useTranslate,
  type DateTimeInputProps,
  type FunctionFieldProps,
} from 'react-admin';
import { formatDay, formatInstant } from './dates';

/** The props of a date field: those of a FunctionField, without its render (`source` names the value). */
export type DateFieldProps = Omit<FunctionFieldProps, 'render'> & { source: string; emptyText?: string };

/** The value at a dotted `source` of a record. */
function valueAt(record: unknown, source: string): unknown {
  return source
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      record,
    );
}

/** An instant with its weekday and time in Shanghai, for the current locale: 2026年12月6日 周日 09:30. */
export function DateTimeField({ emptyText, ...props }: DateFieldProps) {
  const [locale] = useLocaleState();
  return (
    <FunctionField
      {...props}
      render={(record) => {
        const value = valueAt(record, props.source);
        return value ? formatInstant(value as string, locale) : (emptyText ?? '—');
      }}
    />
  );
}

/** A calendar day for the current locale: 2026年12月6日 (a `YYYY-MM-DD` date, or an instant's day in Shanghai). */
export function DayField({ emptyText, ...props }: DateFieldProps) {
  const [locale] = useLocaleState();
  return (
    <FunctionField
      {...props}
      render={(record) => {
        const value = valueAt(record, props.source);
        return value ? formatDay(value as string, locale) : (emptyText ?? '—');
      }}
    />
  );
}

/**
 * The instant a `datetime-local` value (`2026-12-20T09:30`, no zone) means in the browser's time
 * zone, as an ISO 8601 instant in UTC (`2026-12-20T01:30:00.000Z` in Shanghai); null for an
 * empty or unreadable value. What the API's DateTime takes.
 */
export function toInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  // ECMAScript reads a date-time without an offset as local time: the browser's time zone.
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The browser's time zone, e.g. Asia/Shanghai. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A date and time picker for an instant: entered and shown in the browser's time zone (named in
 * the helper text), sent to the API as an ISO 8601 instant (see toInstant).
 */
export function InstantInput(props: DateTimeInputProps) {
  const translate = useTranslate();
  return (
    <DateTimeInput
      parse={toInstant}
      helperText={translate('pingyi.help.timeZone', { zone: browserTimeZone() })}
      {...props}
    />
  );
}
