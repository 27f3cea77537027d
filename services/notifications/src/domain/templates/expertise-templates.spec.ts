import { LANGUAGES } from '@passerelle/contracts';
import { renderMessage } from './render';

const link = 'https://passerelle.example.org/portal/expertise/requests/6f1c2b9e-0f4e-4c43-9a4f-3f4f1d8a2b10';
const TEMPLATES = ['expertise-answered', 'expertise-info-requested', 'expertise-transferred'] as const;

describe('tele-expertise messages', () => {
  it.each(LANGUAGES.flatMap((language) => TEMPLATES.map((template) => [template, language] as const)))(
    '%s in %s names the request type and links to the request, in every part',
    (template, language) => {
      const message = renderMessage(template, language, { firstName: 'Awa', requestType: 'Dermatology', requesterName: 'Dr. Sall', link });

      expect(message.language).toBe(language);
      for (const part of [message.subject, message.text, message.html, message.sms]) {
        expect(part).toContain('Dermatology');
        expect(part).not.toMatch(/undefined|null|\$\{/);
      }
      expect(message.text).toContain(link);
      expect(message.html).toContain(`href="${link}"`);
      expect(message.sms.endsWith(link)).toBe(true);
      if (template === 'expertise-transferred') expect(message.text).toContain('Dr. Sall');
    },
  );

  it('gives each language its own words', () => {
    for (const template of TEMPLATES) {
      const texts = LANGUAGES.map((language) => renderMessage(template, language, { requestType: 'X', requesterName: 'Y', link }).text);
      expect(new Set(texts).size).toBe(LANGUAGES.length);
    }
  });
});
