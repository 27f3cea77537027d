import type { Language } from '@passerelle/contracts';
import { TEMPLATES, TemplateRegistry } from './registry';
import { deviceTestLink, formatSlotTime } from './slot-time';
import type { InviteVariables, TemplateName } from './template';

const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);
export const FALLBACK_LANGUAGE: Language = 'en';

export interface RenderedMessage {
  /** The language actually used (the fallback when the template lacks the one asked for). */
  language: Language;
  subject: string;
  text: string;
  /** A complete HTML document (lang and dir set), every variable escaped. */
  html: string;
  sms: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Missing variables become empty; control characters (a line break smuggled into a subject) become spaces.
 * A planned slot arrives as `startsAt` (ISO, UTC) and `timeZone` (the invitee's IANA zone) and is formatted
 * here, in the language actually used.
 */
function normaliseVariables(variables: Record<string, string>, language: Language): InviteVariables {
  // eslint-disable-next-line no-control-regex
  const clean = (value: string | undefined) => (value ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  const link = clean(variables.link);
  const slot = formatSlotTime(clean(variables.startsAt), clean(variables.timeZone), language);
  return {
    firstName: clean(variables.firstName),
    requesterName: clean(variables.requesterName),
    organisationName: clean(variables.organisationName),
    link,
    when: slot.long,
    whenShort: slot.short,
    testLink: link ? deviceTestLink(link) : '',
    code: clean(variables.code),
    minutes: clean(variables.minutes),
    requestType: clean(variables.requestType),
  };
}

export function renderMessage(
  template: TemplateName,
  language: Language,
  variables: Record<string, string>,
  registry: TemplateRegistry = TEMPLATES,
): RenderedMessage {
  const translations = registry[template];
  const used = translations[language] ? language : FALLBACK_LANGUAGE;
  const chosen = translations[used] ?? translations.en;
  const plain = normaliseVariables(variables, used);
  const escaped = Object.fromEntries(
    Object.entries(plain).map(([name, value]) => [name, escapeHtml(value)]),
  ) as unknown as InviteVariables;
  const subject = chosen.subject(plain);
  const dir = RTL_LANGUAGES.has(used) ? 'rtl' : 'ltr';
  const html = [
    '<!doctype html>',
    `<html lang="${used}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body dir="${dir}" style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">`,
    chosen.html(escaped),
    '</body>',
    '</html>',
  ].join('\n');
  return { language: used, subject, text: chosen.text(plain), html, sms: chosen.sms(plain) };
}

/** The absolute http(s) links of a text, in order, without repeats (what the outbox lists as clickable). */
export function extractLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"']+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?)]+$/, '')))];
}
