import { createTransport, type Transporter } from 'nodemailer';
import type { DeliveryReceipt, EmailMessage, EmailProvider } from '../../domain/providers';
import { ProviderError } from '../../domain/provider-error';
import type { ProviderRateLimiter } from '../rate-limit/provider-rate-limiter';

export interface SmtpSettings {
  url: string;
  from: string;
  ratePerSecond: number;
}

/** E-mail through an SMTP relay (on-premise hospitals), with nodemailer. */
export class SmtpProvider implements EmailProvider {
  static readonly id = 'smtp';
  private readonly transport: Transporter;

  constructor(
    private readonly settings: SmtpSettings,
    private readonly limiter: ProviderRateLimiter,
  ) {
    this.transport = createTransport(settings.url);
  }

  async sendEmail(message: EmailMessage): Promise<DeliveryReceipt> {
    await this.limiter.take(SmtpProvider.id, this.settings.ratePerSecond);
    try {
      const info = await this.transport.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: (message.attachments ?? []).map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content })),
        // A stable Message-ID: a relay or mailbox that sees a retry can tell it is the same message.
        messageId: `<${message.reference}@passerelle.notifications>`,
      });
      return { provider: SmtpProvider.id, providerMessageId: info.messageId };
    } catch (error) {
      // nodemailer's errors quote the SMTP dialogue (recipients): keep the reply code only.
      const code = (error as { responseCode?: number }).responseCode;
      throw new ProviderError(SmtpProvider.id, code);
    }
  }
}
