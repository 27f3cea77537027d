import { watch } from 'vue';
import { createI18n } from 'vue-i18n';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import ru from '../locales/ru.json';
import uk from '../locales/uk.json';
import {
  DEFAULT_LOCALE,
  SUPPORTED_LOCALES,
  applyDocumentLocale,
  browserLanguages,
  detectLocale,
  isSupportedLocale,
  readSavedLocale,
  type Locale,
} from './locales';

/** A locale file: nested objects of strings, keys sorted alphabetically. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The strings web-kit's own components use; every app gets them merged under its own. */
export type SharedMessages = typeof en;
const sharedMessages: Record<Locale, SharedMessages> = { en, fr, ar, es, ru, uk };

/**
 * Builds the app's i18n instance: web-kit's strings merged with the app's (the app wins on a clash),
 * the initial locale detected, and `<html lang dir>` kept in step with the current locale.
 */
export function createPasserelleI18n(appMessages: Record<Locale, MessageTree>) {
  const messages = Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [locale, mergeMessages(sharedMessages[locale], appMessages[locale])]),
  ) as Record<Locale, MessageTree>;

  const i18n = createI18n({
    legacy: false,
    locale: detectLocale(readSavedLocale(), browserLanguages()),
    fallbackLocale: DEFAULT_LOCALE,
    messages,
  });

  watch(
    i18n.global.locale,
    (locale) => applyDocumentLocale(isSupportedLocale(locale) ? locale : DEFAULT_LOCALE),
    { immediate: true },
  );
  return i18n;
}

export type PasserelleI18n = ReturnType<typeof createPasserelleI18n>;

function mergeMessages(base: MessageTree, override: MessageTree): MessageTree {
  const merged: MessageTree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const existing = merged[key];
    merged[key] =
      typeof value === 'object' && typeof existing === 'object' ? mergeMessages(existing, value) : value;
  }
  return merged;
}
