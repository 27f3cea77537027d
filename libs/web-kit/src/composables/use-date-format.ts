import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { formattingLocale, isSupportedLocale } from '../i18n/locales';

/** The locale to format dates, times and sizes with: the interface language, in the browser's regional variant. */
export function useFormattingLocale() {
  const { locale } = useI18n();
  return computed(() => (isSupportedLocale(locale.value) ? formattingLocale(locale.value) : locale.value));
}

/** Dates and times written the way the reader writes them. */
export function useDateFormat() {
  const tag = useFormattingLocale();
  const format = (iso: string | null | undefined, options: Intl.DateTimeFormatOptions) => {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(tag.value, options).format(date);
  };
  return {
    /** "22/11/2026, 14:05" */
    dateTime: (iso: string | null | undefined) => format(iso, { dateStyle: 'short', timeStyle: 'short' }),
    /** "22 Nov 2026, 14:05" */
    longDateTime: (iso: string | null | undefined) => format(iso, { dateStyle: 'medium', timeStyle: 'short' }),
    /** "14:05" */
    time: (iso: string | null | undefined) => format(iso, { timeStyle: 'short' }),
    /** "3 minutes ago" */
    relativeMinutes: (minutes: number) =>
      new Intl.RelativeTimeFormat(tag.value, { numeric: 'auto' }).format(-Math.max(0, Math.round(minutes)), 'minute'),
    locale: tag,
  };
}
