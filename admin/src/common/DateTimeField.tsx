/** Instants (`createdAt`, `updatedAt`) shown in the admin's language, e.g. 2025/03/01 14:05. */
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A DateField with time, formatted for the current locale (zh-CN or en). */
export function DateTimeField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale} options={{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }} {...props} />;
}
