import { LANGUAGES } from '@passerelle/contracts';
import { renderMessage } from './render';

const link = 'https://passerelle.example.org/portal/login';

describe('account messages', () => {
  it.each(LANGUAGES)('sends the login code in %s, in every part, without a link', (language) => {
    const message = renderMessage('account-otp-code', language, { firstName: 'Awa', code: '048213', minutes: '10' });

    expect(message.language).toBe(language);
    for (const part of [message.subject, message.text, message.html, message.sms]) {
      expect(part).toContain('048213');
      expect(part).not.toMatch(/undefined|null|\$\{/);
    }
    expect(message.text).toContain('10');
    expect(message.sms).toContain('10');
    expect(message.html).not.toContain('href=');
    expect(message.sms.length).toBeLessThanOrEqual(160);
  });

  it.each(LANGUAGES)('tells in %s that the account is approved, with the sign-in link', (language) => {
    const message = renderMessage('account-approved', language, { firstName: 'Awa', organisationName: 'Centre de santé de Kolda', link });

    expect(message.subject).toContain('Centre de santé de Kolda');
    expect(message.text).toContain('Awa');
    expect(message.text).toContain(link);
    expect(message.html).toContain(`href="${link}"`);
    expect(message.sms.endsWith(link)).toBe(true);
  });

  it('gives each language its own words', () => {
    for (const template of ['account-otp-code', 'account-approved'] as const) {
      const texts = LANGUAGES.map((language) => renderMessage(template, language, { code: '111111', minutes: '5', organisationName: 'X', link }).text);
      expect(new Set(texts).size).toBe(LANGUAGES.length);
    }
  });
});
