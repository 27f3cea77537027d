import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Channel } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { extractLinks } from '../../domain/templates/render';
import type {
  DeliveryReceipt,
  EmailAttachment,
  EmailMessage,
  EmailProvider,
  ShortMessage,
  SmsProvider,
  WhatsAppProvider,
} from '../../domain/providers';
import { OutboxMessageEntity } from '../entities/outbox-message.entity';

/** Development provider for every channel: "sends" by storing the message for the dev outbox page. */
@Injectable()
export class OutboxProvider implements EmailProvider, SmsProvider, WhatsAppProvider {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  sendEmail(message: EmailMessage): Promise<DeliveryReceipt> {
    return this.store('email', message.reference, message.to, message.text, message.subject, message.html, message.attachments ?? []);
  }

  sendSms(message: ShortMessage): Promise<DeliveryReceipt> {
    return this.store('sms', message.reference, message.to, message.text);
  }

  sendWhatsApp(message: ShortMessage): Promise<DeliveryReceipt> {
    return this.store('whatsapp', message.reference, message.to, message.text);
  }

  private async store(
    channel: Channel,
    notificationId: string,
    to: string,
    text: string,
    subject: string | null = null,
    html: string | null = null,
    attachments: EmailAttachment[] = [],
  ): Promise<DeliveryReceipt> {
    // One message per notification, whatever the retries: the unique notification id absorbs them.
    await this.messages
      .createQueryBuilder()
      .insert()
      .values({ notificationId, channel, to, subject, text, html, links: extractLinks(text), attachments })
      .orIgnore()
      .execute();
    const stored = await this.messages.findOneByOrFail({ notificationId });
    return { provider: 'outbox', providerMessageId: stored.id };
  }
}
