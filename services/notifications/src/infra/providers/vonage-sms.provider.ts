import type { Vonage } from '@vonage/server-sdk';
import type { DeliveryReceipt, ShortMessage, SmsProvider } from '../../domain/providers';
import type { ProviderRateLimiter } from '../rate-limit/provider-rate-limiter';
import { VONAGE_RATE_BUCKET, VonageSettings, createVonageClient, vonageFailure, vonageNumber } from './vonage-client';

/** SMS through Vonage's SMS API (`/sms/json`). Our notification id is the client-ref of delivery receipts. */
export class VonageSmsProvider implements SmsProvider {
  static readonly id = 'vonage-sms';
  private readonly vonage: Vonage;

  constructor(
    private readonly settings: VonageSettings & { from: string },
    private readonly limiter: ProviderRateLimiter,
  ) {
    this.vonage = createVonageClient(settings);
  }

  async sendSms(message: ShortMessage): Promise<DeliveryReceipt> {
    await this.limiter.take(VONAGE_RATE_BUCKET, this.settings.ratePerSecond);
    let messageId: string | undefined;
    try {
      const result = await this.vonage.sms.send({
        to: vonageNumber(message.to),
        from: this.settings.from,
        text: message.text,
        clientRef: message.reference,
      });
      messageId = result.messages[0]?.messageId;
    } catch (error) {
      throw vonageFailure(VonageSmsProvider.id, error);
    }
    return { provider: VonageSmsProvider.id, providerMessageId: messageId ?? message.reference };
  }
}
