/** The SMTP adapter (nodemailer) against a local SMTP server that records what it receives. */
import { PrivateServer, SmtpFake, startPrivateRedis, startSmtpFake } from '@passerelle/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { ProviderError } from '../src/domain/provider-error';
import { renderMessage } from '../src/domain/templates/render';
import { SmtpProvider } from '../src/infra/providers/smtp.provider';
import { ProviderRateLimiter } from '../src/infra/rate-limit/provider-rate-limiter';

let smtp: SmtpFake;
let redisServer: PrivateServer;
let redis: Redis;
let provider: SmtpProvider;
const variables = { firstName: 'Oksana', requesterName: 'Dr Martin', organisationName: 'Clinic', link: 'https://passerelle.example/join/t-9' };

beforeAll(async () => {
  [smtp, redisServer] = await Promise.all([startSmtpFake(), startPrivateRedis()]);
  redis = new Redis(redisServer.url);
  provider = new SmtpProvider({ url: smtp.url, from: 'no-reply@hospital.example', ratePerSecond: 10 }, new ProviderRateLimiter(redis));
});

afterAll(async () => {
  redis?.disconnect();
  await Promise.all([smtp?.stop(), redisServer?.stop()]);
});

describe('SMTP e-mail', () => {
  it('relays the message in the recipient language, with a Message-ID derived from the notification', async () => {
    const reference = randomUUID();
    const rendered = renderMessage('session-invite', 'uk', variables);
    const receipt = await provider.sendEmail({ reference, to: 'oksana@example.org', subject: rendered.subject, text: rendered.text, html: rendered.html });
    const [mail] = await smtp.waitFor(1);
    expect(receipt).toEqual({ provider: 'smtp', providerMessageId: `<${reference}@passerelle.notifications>` });
    expect(mail!.from).toBe('no-reply@hospital.example');
    expect(mail!.to).toEqual(['oksana@example.org']);
    expect(mail!.data).toContain(`Message-ID: <${reference}@passerelle.notifications>`);
    expect(mail!.data).toContain('Content-Type: text/plain');
    expect(mail!.data).toContain('Content-Type: text/html');
    expect(mail!.data).toMatch(/Subject: =\?UTF-8\?/);
  });

  it('attaches the calendar file of a planned session', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n';
    const before = smtp.mails.length;
    await provider.sendEmail({
      reference: randomUUID(),
      to: 'oksana@example.org',
      subject: 's',
      text: 't',
      html: '<p>t</p>',
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
    });
    const mail = (await smtp.waitFor(before + 1)).at(-1)!;
    expect(mail.data).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/);
    expect(mail.data).toMatch(/Content-Disposition: attachment;\s+filename=invite\.ics/);
    expect(mail.data).toContain(Buffer.from(ics, 'utf8').toString('base64'));
  });

  it('turns a relay refusal into a ProviderError with the reply code only', async () => {
    smtp.rejectNext(451);
    const failure = provider.sendEmail({ reference: randomUUID(), to: 'oksana@example.org', subject: 's', text: 't', html: '<p>t</p>' });
    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({ message: 'smtp answered 451' });
  });
});
