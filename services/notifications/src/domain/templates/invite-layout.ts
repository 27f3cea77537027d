/** The shared shape of the invite e-mails; each language file supplies the words. */
export interface InviteCopy {
  greeting: string;
  paragraphs: string[];
  /** Label of the join button. */
  cta: string;
  /** Above the raw link, for mail clients that do not show the button. */
  fallback: string;
  /** Before the device test link (`/join/test`), shown above the footer when both are set. */
  testIntro?: string;
  footer: string;
}

export function inviteEmailText(copy: InviteCopy, link: string, testLink = ''): string {
  const test = copy.testIntro && testLink ? [`${copy.testIntro} ${testLink}`, ''] : [];
  return [copy.greeting, '', ...copy.paragraphs.flatMap((p) => [p, '']), link, '', ...test, copy.footer].join('\n');
}

/** `copy`, `link` and `testLink` must already be HTML-escaped (the renderer escapes every variable). */
export function inviteEmailHtml(copy: InviteCopy, link: string, testLink = ''): string {
  const muted = 'font-size:13px;color:#555555';
  const button =
    'display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600';
  return [
    `<p>${copy.greeting}</p>`,
    ...copy.paragraphs.map((p) => `<p>${p}</p>`),
    `<p><a href="${link}" style="${button}">${copy.cta}</a></p>`,
    `<p style="${muted}">${copy.fallback}<br><a href="${link}">${link}</a></p>`,
    ...(copy.testIntro && testLink ? [`<p>${copy.testIntro} <a href="${testLink}">${testLink}</a></p>`] : []),
    ...(copy.testIntro && testLink ? [`<p>${copy.testIntro} <a href="${testLink}">${testLink}</a></p>`] : []),
    `<p style="${muted}">${copy.footer}</p>`,
  ].join('\n');
}
