import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, notificationsWebhookSendgrid } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import type { NotificationsConfig } from '../../config';
import { DeliveryEvent } from '../../domain/webhooks/delivery-event';
import { parseSendgridEvents, verifySendgridSignature } from '../../domain/webhooks/sendgrid-events';
import { parseVonageEvent, verifyVonageSignature } from '../../domain/webhooks/vonage-events';
import { NotificationEntity } from '../../infra/entities/notification.entity';
import { SendgridProvider } from '../../infra/providers/sendgrid.provider';
import { VonageSmsProvider } from '../../infra/providers/vonage-sms.provider';
import { VonageWhatsAppProvider } from '../../infra/providers/vonage-whatsapp.provider';

type WebhookCommand = RpcCommand<typeof notificationsWebhookSendgrid>;
type WebhookResult = RpcResponse<typeof notificationsWebhookSendgrid>;

/**
 * Provider delivery webhooks, as forwarded by the gateway: the signature is the only credential (the
 * provider calls a public address), so it is checked over the raw body before anything is read. A
 * settled message moves `sent` → `delivered` or `failed` (with the provider's event name as reason).
 */
@Injectable()
export class ApplyDeliveryEventsUseCase {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectConfig() private readonly config: NotificationsConfig,
  ) {}

  async fromSendgrid(command: WebhookCommand): Promise<WebhookResult> {
    if (!verifySendgridSignature(this.config.SENDGRID_WEBHOOK_PUBLIC_KEY, command.headers, command.rawBody)) {
      throw refused('sendgrid');
    }
    return this.apply([SendgridProvider.id], parse(() => parseSendgridEvents(command.rawBody)));
  }

  async fromVonage(command: WebhookCommand): Promise<WebhookResult> {
    if (!(await verifyVonageSignature(this.config.VONAGE_SIGNATURE_SECRET, command.headers, command.rawBody))) {
      throw refused('vonage');
    }
    return this.apply([VonageSmsProvider.id, VonageWhatsAppProvider.id], parse(() => parseVonageEvent(command.rawBody)));
  }

  private async apply(providers: string[], events: DeliveryEvent[]): Promise<WebhookResult> {
    let updated = 0;
    for (const event of events) {
      const query = this.notifications
        .createQueryBuilder()
        .update()
        .set(event.outcome === 'delivered' ? { status: 'delivered' } : { status: 'failed', lastError: event.reason })
        .where('status = :sent', { sent: 'sent' })
        .andWhere('provider IN (:...providers)', { providers });
      if (event.notificationId) query.andWhere('id = :id', { id: event.notificationId });
      else if (event.providerMessageId) query.andWhere('provider_message_id = :messageId', { messageId: event.providerMessageId });
      else continue;
      updated += (await query.execute()).affected ?? 0;
    }
    return { updated };
  }
}

function refused(provider: string): DomainError {
  new Logger('DeliveryWebhooks').warn({ provider }, 'Webhook with a missing or wrong signature refused');
  return new DomainError(ErrorCode.UNAUTHENTICATED, 'The webhook signature is not valid');
}

function parse(read: () => DeliveryEvent[]): DeliveryEvent[] {
  try {
    return read();
  } catch {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The webhook body is not valid JSON');
  }
}
