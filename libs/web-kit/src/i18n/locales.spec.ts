import { detectLocale, formattingLocale, localeDirection } from './locales';

describe('detectLocale', () => {
  it('prefers the choice saved on this device', () => {
    expect(detectLocale('ar', ['fr-FR', 'en'])).toBe('ar');
  });

  it('ignores a saved value that is not a supported locale', () => {
    expect(detectLocale('de', ['es-MX'])).toBe('es');
  });

  it('takes the first browser language it supports, by its base language', () => {
    expect(detectLocale(null, ['de-DE', 'uk-UA', 'ru'])).toBe('uk');
  });

  it('falls back to English', () => {
    expect(detectLocale(null, ['de-DE', 'pt-BR'])).toBe('en');
    expect(detectLocale(null, [])).toBe('en');
  });
});

describe('localeDirection', () => {
  it('writes Arabic right to left and the others left to right', () => {
    expect(localeDirection('ar')).toBe('rtl');
    expect(localeDirection('fr')).toBe('ltr');
  });
});

describe('formattingLocale', () => {
  it("uses the browser's regional variant of the interface language", () => {
    expect(formattingLocale('en', ['fr-SN', 'en-GB'])).toBe('en-GB');
    expect(formattingLocale('fr', ['fr-SN'])).toBe('fr-SN');
  });

  it('keeps the interface language when the browser has no variant of it', () => {
    expect(formattingLocale('ar', ['fr-FR', 'en-US'])).toBe('ar');
  });
});
