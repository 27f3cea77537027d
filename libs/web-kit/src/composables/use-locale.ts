import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  DEFAULT_LOCALE,
  LOCALE_NAMES,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  localeDirection,
  saveLocale,
  type Locale,
} from '../i18n/locales';

/** The interface language: read it, list the choices, switch (and remember the choice on this device). */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });

  const current = computed<Locale>(() => (isSupportedLocale(locale.value) ? locale.value : DEFAULT_LOCALE));
  const direction = computed(() => localeDirection(current.value));
  const options = SUPPORTED_LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] }));

  function setLocale(next: Locale): void {
    locale.value = next;
    saveLocale(next);
  }

  return { locale: current, direction, options, setLocale };
}
