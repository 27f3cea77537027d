import { inviteEmailHtml, inviteEmailText } from './invite-layout';
import type { InviteVariables, MessageTemplate } from './template';

/**
 * The words of one planned-session message in one language. `when` is the slot already formatted in the
 * invitee's time zone and language (the renderer does it); `joinLink` false for a message without a link
 * (a cancellation: the link no longer works).
 */
export interface PlannedWords {
  greeting(firstName: string): string;
  subject(v: InviteVariables): string;
  paragraphs(v: InviteVariables): string[];
  /** Label of the join button; absent when the message carries no join link. */
  cta?: string;
  fallback?: string;
  /** Introduces the device test page link. */
  testIntro?: string;
  footer: string;
  sms(v: InviteVariables & { greeting: string }): string;
}

/** Builds the four parts from the words; the HTML part receives escaped variables like every template. */
export function plannedTemplate(words: PlannedWords): MessageTemplate {
  const copy = (v: InviteVariables) => ({
    greeting: words.greeting(v.firstName),
    paragraphs: words.paragraphs(v),
    cta: words.cta ?? '',
    fallback: words.fallback ?? '',
    testIntro: words.testIntro,
    footer: words.footer,
  });
  return {
    subject: (v) => words.subject(v),
    text: (v) => {
      if (!words.cta) return [copy(v).greeting, '', ...copy(v).paragraphs.flatMap((p) => [p, '']), words.footer].join('\n');
      return inviteEmailText(copy(v), v.link, v.testLink);
    },
    html: (v) => {
      if (!words.cta) return [`<p>${copy(v).greeting}</p>`, ...copy(v).paragraphs.map((p) => `<p>${p}</p>`), `<p style="font-size:13px;color:#555555">${words.footer}</p>`].join('\n');
      return inviteEmailHtml(copy(v), v.link, v.testLink);
    },
    sms: (v) => words.sms({ ...v, greeting: words.greeting(v.firstName) }),
  };
}
