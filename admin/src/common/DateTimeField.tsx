/**
 * Instants (`createdAt`, `scheduledAt`, …) shown and entered in the browser's time zone (in
 * Shanghai: Asia/Shanghai) and exchanged with the API as full ISO 8601 instants in UTC.
 */
import {
  DateField,
  DateTimeInput,
  useLocaleState,
  useTranslate,
  type DateFieldProps,
  type DateTimeInputProps,
} from 'react-admin';

/** A DateField with time, in the browser's time zone, formatted for the current locale (zh-CN or en), e.g. 2025/03/01 14:05. */
export function DateTimeField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return (
    <DateField
      showTime
      locales={locale}
      options={{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }}
      {...props}
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
