import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import type { DeliveryReceipt, EmailMessage, EmailProvider } from '../../domain/providers';
import { ProviderError, parseRetryAfter } from '../../domain/provider-error';
import type { ProviderRateLimiter } from '../rate-limit/provider-rate-limiter';

export interface SendgridSettings {
  apiKey: string;
  from: string;
  /** https://api.sendgrid.com, or a local fake in tests. */
  baseUrl: string;
  ratePerSecond: number;
}

interface SendgridResponseError {
  code?: number;
  response?: { headers?: Record<string, string> };
}

/**
 * E-mail through SendGrid's v3 mail/send with the official SDK. Our notification id travels as a custom
 * arg, so event-webhook events name the notification whatever SendGrid's message id becomes.
 */
export class SendgridProvider implements EmailProvider {
  static readonly id = 'sendgrid';
  private readonly mail = new MailService();

  constructor(
    private readonly settings: SendgridSettings,
    private readonly limiter: ProviderRateLimiter,
  ) {
    const client = new Client();
    client.setApiKey(settings.apiKey);
    // setApiKey resets the base URL to the region's host: set ours after it.
    client.setDefaultRequest('baseUrl', settings.baseUrl);
    this.mail.setClient(client);
  }

  async sendEmail(message: EmailMessage): Promise<DeliveryReceipt> {
    await this.limiter.take(SendgridProvider.id, this.settings.ratePerSecond);
    try {
      const [response] = await this.mail.send({
        to: message.to,
        from: this.settings.from,
        subject: message.subject,
        text: message.text,
        html: message.html,
        customArgs: { notification_id: message.reference },
        ...(message.attachments?.length
          ? {
              attachments: message.attachments!.map((file) => ({
                filename: file.filename,
                type: file.contentType,
                disposition: 'attachment',
                content: Buffer.from(file.content, 'utf8').toString('base64'),
              })),
            }
          : {}),
      });
      const id = response.headers['x-message-id'] as string | undefined;
      return { provider: SendgridProvider.id, providerMessageId: id ?? message.reference };
    } catch (error) {
      const failure = error as SendgridResponseError;
      // The SDK's error carries the request body (the recipient): replace it with status only.
      throw new ProviderError(SendgridProvider.id, failure.code, parseRetryAfter(failure.response?.headers?.['retry-after']));
    }
  }
}
