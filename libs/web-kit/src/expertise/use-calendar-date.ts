import { useFormattingLocale } from '../composables/use-date-format';

/**
 * A calendar date (YYYY-MM-DD: a birth date, a form's date) written for the reader, e.g. "3 Dec 1984".
 * Read as UTC so that no time zone moves it to the day before.
 */
export function useCalendarDate() {
  const locale = useFormattingLocale();
  return (text: string): string => {
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return text;
    return new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  };
}
