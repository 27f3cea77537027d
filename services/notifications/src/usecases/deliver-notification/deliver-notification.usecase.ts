import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Channel } from '@passerelle/contracts';
import { FieldCipher } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import {
  DeliveryReceipt,
  EMAIL_PROVIDER,
  EmailAttachment,
  EmailProvider,
  SMS_PROVIDER,
  SmsProvider,
  WHATSAPP_PROVIDER,
  WhatsAppProvider,
} from '../../domain/providers';
import { ProviderError, RateLimitedError } from '../../domain/provider-error';
import { RenderedMessage, renderMessage } from '../../domain/templates/render';
import { NotificationEntity } from '../../infra/entities/notification.entity';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing';

/**
 * One delivery attempt, run by the BullMQ worker: render in the recipient's language, hand to the
 * channel's provider, record the outcome. A failure is recorded and rethrown so BullMQ retries with
 * backoff; on the last attempt, or on a permanent provider refusal, the notification becomes `failed`.
 */
@Injectable()
export class DeliverNotificationUseCase {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly cipher: FieldCipher,
    @Inject(EMAIL_PROVIDER) private readonly email: EmailProvider,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
    @Inject(WHATSAPP_PROVIDER) private readonly whatsapp: WhatsAppProvider,
  ) {}

  async execute(command: { notificationId: string; lastAttempt: boolean }): Promise<DeliveryOutcome> {
    const notification = await this.notifications.findOneBy({ id: command.notificationId });
    if (!notification) return 'missing';
    if (notification.status !== 'queued') return 'already-sent';

    let receipt: DeliveryReceipt;
    try {
      if (!notification.variablesEncrypted) throw new Error('The message variables are gone');
      const to = this.cipher.decrypt(notification.recipientEncrypted, 'recipient');
      const variables = JSON.parse(this.cipher.decrypt(notification.variablesEncrypted, 'variables')) as Record<string, string>;
      const rendered = renderMessage(notification.template, notification.language, variables);
      const attachments = notification.attachmentsEncrypted
        ? (JSON.parse(this.cipher.decrypt(notification.attachmentsEncrypted, 'attachments')) as EmailAttachment[])
        : [];
      receipt = await this.deliver(notification.channel, notification.id, to, rendered, attachments);
    } catch (error) {
      // Held back by the rate limit: nothing was attempted.
      if (error instanceof RateLimitedError) throw error;
      await this.notifications.update(notification.id, {
        attempts: () => 'attempts + 1',
        lastError: describeFailure(error),
        // Spent retries, or a refusal no retry can change (the worker then stops retrying).
        status: command.lastAttempt || (error instanceof ProviderError && error.permanent) ? 'failed' : 'queued',
      });
      throw error;
    }
    // The variables (a name, a live join link) are kept only as long as a retry may need them.
    await this.notifications.update(notification.id, {
      attempts: () => 'attempts + 1',
      status: 'sent',
      provider: receipt.provider,
      providerMessageId: receipt.providerMessageId,
      sentAt: new Date(),
      lastError: null,
      variablesEncrypted: null,
      attachmentsEncrypted: null,
    });
    return 'sent';
  }

  private deliver(
    channel: Channel,
    reference: string,
    to: string,
    message: RenderedMessage,
    attachments: EmailAttachment[],
  ): Promise<DeliveryReceipt> {
    switch (channel) {
      case 'email':
        return this.email.sendEmail({ reference, to, subject: message.subject, text: message.text, html: message.html, attachments });
      case 'sms':
        return this.sms.sendSms({ reference, to, text: message.sms });
      case 'whatsapp':
        return this.whatsapp.sendWhatsApp({ reference, to, text: message.sms });
    }
  }
}

function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : 'Unknown failure';
  return text.slice(0, 500);
}
