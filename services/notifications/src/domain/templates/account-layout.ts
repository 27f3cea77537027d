import type { InviteVariables, MessageTemplate } from './template';

/**
 * The words of one account message (login code, account approved) in one language. The code message has
 * no link; the approval carries the sign-in link.
 */
export interface AccountWords {
  greeting(firstName: string): string;
  subject(v: InviteVariables): string;
  paragraphs(v: InviteVariables): string[];
  /** Label of the sign-in button; absent for a message without a link. */
  cta?: string;
  footer: string;
  sms(v: InviteVariables & { greeting: string }): string;
}

/** Builds the four parts; the HTML part receives escaped variables like every template. */
export function accountTemplate(words: AccountWords): MessageTemplate {
  const muted = 'font-size:13px;color:#555555';
  const button =
    'display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600';
  return {
    subject: (v) => words.subject(v),
    text: (v) =>
      [words.greeting(v.firstName), '', ...words.paragraphs(v).flatMap((p) => [p, '']), ...(words.cta ? [v.link, ''] : []), words.footer].join(
        '\n',
      ),
    html: (v) =>
      [
        `<p>${words.greeting(v.firstName)}</p>`,
        ...words.paragraphs(v).map((p) => `<p>${p}</p>`),
        ...(words.cta ? [`<p><a href="${v.link}" style="${button}">${words.cta}</a></p>`] : []),
        `<p style="${muted}">${words.footer}</p>`,
      ].join('\n'),
    sms: (v) => words.sms({ ...v, greeting: words.greeting(v.firstName) }),
  };
}
