import { WhatsAppText } from '@vonage/messages';
import type { Vonage } from '@vonage/server-sdk';
import type { DeliveryReceipt, ShortMessage, WhatsAppProvider } from '../../domain/providers';
import type { ProviderRateLimiter } from '../rate-limit/provider-rate-limiter';
import { VONAGE_RATE_BUCKET, VonageSettings, createVonageClient, vonageFailure, vonageNumber } from './vonage-client';

/** WhatsApp text through Vonage's Messages API (`/v1/messages`); status webhooks name the message uuid. */
export class VonageWhatsAppProvider implements WhatsAppProvider {
  static readonly id = 'vonage-whatsapp';
  private readonly vonage: Vonage;

  constructor(
    private readonly settings: VonageSettings & { from: string },
    private readonly limiter: ProviderRateLimiter,
  ) {
    this.vonage = createVonageClient(settings);
  }

  async sendWhatsApp(message: ShortMessage): Promise<DeliveryReceipt> {
    await this.limiter.take(VONAGE_RATE_BUCKET, this.settings.ratePerSecond);
    let uuid: string;
    try {
      const result = await this.vonage.messages.send(
        new WhatsAppText({
          to: vonageNumber(message.to),
          from: vonageNumber(this.settings.from),
          text: message.text,
          clientRef: message.reference,
        }),
      );
      uuid = result.messageUUID;
    } catch (error) {
      throw vonageFailure(VonageWhatsAppProvider.id, error);
    }
    return { provider: VonageWhatsAppProvider.id, providerMessageId: uuid };
  }
}
