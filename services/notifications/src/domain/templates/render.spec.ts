import { LANGUAGES, NOTIFICATION_TEMPLATES } from '@passerelle/contracts';
import { TEMPLATES, TemplateRegistry } from './registry';
import { escapeHtml, extractLinks, renderMessage } from './render';

const link = 'https://passerelle.example.org/join/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
const variables = {
  firstName: 'Amina',
  requesterName: 'Dr Claire Martin',
  organisationName: 'Demo District Hospital',
  link,
  // Planned-session templates need the slot; the others ignore it.
  startsAt: '2026-11-23T05:00:00.000Z',
  timeZone: 'Asia/Kabul',
};

/** Templates whose message carries the join link (a cancellation does not: the link no longer works). */
const WITH_LINK = NOTIFICATION_TEMPLATES.filter((t) => t.startsWith('session-') && t !== 'session-cancelled');

/** A word each translation must contain: proves the language is really used, not English again. */
const MARKERS: Record<(typeof LANGUAGES)[number], RegExp> = {
  en: /teleconsultation/,
  fr: /téléconsultation/,
  ar: /استشار/,
  es: /teleconsulta/,
  ru: /телеконсультаци/,
  uk: /телеконсультаці/,
};

/** The words for camera / microphone in each language: the device test line is translated. */
const MARKERS_TEST: Record<(typeof LANGUAGES)[number], RegExp> = {
  en: /camera/,
  fr: /caméra/,
  ar: /الكاميرا/,
  es: /cámara/,
  ru: /камеру/,
  uk: /камеру/,
};

describe('renderMessage', () => {
  describe.each(WITH_LINK)('%s', (template) => {
    it.each(LANGUAGES)('renders every part in %s with the link and the first name', (language) => {
      const message = renderMessage(template, language, variables);

      expect(message.language).toBe(language);
      for (const part of [message.subject, message.text, message.html, message.sms]) {
        expect(part).not.toMatch(/undefined|null|\$\{|\{\{/);
      }
      expect(message.text).toMatch(MARKERS[language]);
      expect(message.html).toMatch(MARKERS[language]);
      expect(message.sms).toMatch(MARKERS[language]);
      expect(message.text).toContain(link);
      expect(message.text).toContain('Amina');
      expect(message.text).toContain('Dr Claire Martin');
      expect(message.html).toContain(`href="${link}"`);
      expect(message.html).toContain(`<html lang="${language}"`);
      expect(message.subject.length).toBeGreaterThan(10);
      expect(message.subject).not.toContain('\n');
    });

    it.each(LANGUAGES)('keeps the %s SMS short: the first name and the link, nothing else about the invitee', (language) => {
      const sms = renderMessage(template, language, { ...variables, lastName: 'Benali' }).sms;

      expect(sms).toContain('Amina');
      expect(sms).not.toContain('Benali');
      expect(sms.endsWith(link)).toBe(true);
      expect(sms.length - link.length).toBeLessThanOrEqual(140);
    });

    it.each(LANGUAGES)('greets without a name in %s when the first name is empty', (language) => {
      const message = renderMessage(template, language, { ...variables, firstName: '' });
      const greeting = message.text.split('\n')[0]!;

      expect(greeting.length).toBeGreaterThan(2);
      // No orphaned punctuation where the name was ("Hello ,"); French spaces before ":" and "!" are correct.
      expect(greeting).not.toMatch(/\s[,،]|\s{2}/);
      expect(message.sms).not.toMatch(/\s[,،]|\s{2}/);
    });

    it('gives each language its own words', () => {
      const texts = LANGUAGES.map((language) => renderMessage(template, language, variables).text);
      expect(new Set(texts).size).toBe(LANGUAGES.length);
    });
  });

  describe.each(['session-invite', 'session-invite-colleague'] as const)('%s (instant)', (template) => {
    it.each(LANGUAGES)('links the device test page in the %s e-mail, above the footer, and keeps the SMS to the join link', (language) => {
      const message = renderMessage(template, language, variables);
      const testLink = 'https://passerelle.example.org/join/test';

      const lines = message.text.split('\n');
      const testLine = lines.findIndex((line) => line.endsWith(` ${testLink}`));
      expect(testLine).toBeGreaterThan(lines.indexOf(link));
      expect(lines[testLine]!.length).toBeGreaterThan(testLink.length + 10);
      expect(lines[testLine]).toMatch(MARKERS_TEST[language]);
      expect(message.html).toContain(`<a href="${testLink}">${testLink}</a></p>`);
      expect(message.html.indexOf(testLink)).toBeGreaterThan(message.html.indexOf(`href="${link}"`));
      expect(message.sms).not.toContain('/join/test');
    });
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(renderMessage('session-invite', 'ar', variables).html).toMatch(/<html lang="ar" dir="rtl">[\s\S]*<body dir="rtl"/);
    for (const language of LANGUAGES.filter((l) => l !== 'ar')) {
      expect(renderMessage('session-invite', language, variables).html).toContain('dir="ltr"');
      expect(renderMessage('session-invite', language, variables).html).not.toContain('rtl');
    }
  });

  it('falls back to English when a template lacks the language', () => {
    const englishOnly = Object.fromEntries(
      NOTIFICATION_TEMPLATES.map((name) => [name, { en: TEMPLATES[name].en }]),
    ) as TemplateRegistry;
    const message = renderMessage('session-invite', 'uk', variables, englishOnly);

    expect(message.language).toBe('en');
    expect(message.text).toEqual(renderMessage('session-invite', 'en', variables).text);
    expect(message.html).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes every variable in the HTML but leaves the plain text as typed', () => {
    const hostile = {
      firstName: '<script>alert("x")</script>',
      requesterName: 'Dr "Quote" & Sons',
      organisationName: "<img src=x onerror='boom'>",
      link: 'https://passerelle.example.org/join/abc?a=1&b="2"',
    };
    const message = renderMessage('session-invite', 'en', hostile);

    expect(message.html).not.toContain('<script>');
    expect(message.html).not.toContain('<img');
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(message.html).toContain('Dr &quot;Quote&quot; &amp; Sons');
    expect(message.html).toContain('href="https://passerelle.example.org/join/abc?a=1&amp;b=&quot;2&quot;"');
    expect(message.html).toContain('<title>&lt;img src=x onerror=&#39;boom&#39;&gt;');
    expect(message.text).toContain('<script>alert("x")</script>');
  });

  it('turns line breaks smuggled into a variable into spaces (no header injection through the subject)', () => {
    const message = renderMessage('session-invite', 'en', { ...variables, organisationName: 'Evil\r\nBcc: victim@example.org' });
    expect(message.subject).toBe('Evil Bcc: victim@example.org: your teleconsultation link');
  });
});

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('extractLinks', () => {
  it('finds each absolute link once, without trailing punctuation', () => {
    const text = `Open ${link}. Or http://localhost:8080/join/x, then ${link} again; not ftp://nope`;
    expect(extractLinks(text)).toEqual([link, 'http://localhost:8080/join/x']);
  });
});
