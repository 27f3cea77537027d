export const SUPPORTED_LOCALES = ['en', 'fr', 'ar', 'es', 'ru', 'uk'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so a visitor finds their own whatever the page is currently in. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  es: 'Español',
  ru: 'Русский',
  uk: 'Українська',
};

const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['ar']);
const STORAGE_KEY = 'passerelle.locale';

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/** The user's saved choice, else the first browser language we support (`fr-CA` counts as `fr`), else English. */
export function detectLocale(saved: string | null, browserLanguages: readonly string[]): Locale {
  if (isSupportedLocale(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupportedLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function readSavedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, strict settings): fall back to detection
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The browser's own variant of the interface language, for dates and numbers: English with an en-GB
 * browser writes 22/11/2026, not 11/22/2026 (day and month swapped is a real risk in a clinic).
 */
export function formattingLocale(locale: Locale, languages: readonly string[] = browserLanguages()): string {
  return languages.find((tag) => tag.toLowerCase().split('-')[0] === locale) ?? locale;
}

/** Keeps `<html lang dir>` in step with the interface language: screen readers, fonts and RTL depend on it. */
export function applyDocumentLocale(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = localeDirection(locale);
}
