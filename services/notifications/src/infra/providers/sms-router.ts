import type { DeliveryReceipt, ShortMessage, SmsProvider } from '../../domain/providers';
import { SmsRoute, routeSms } from '../../domain/sms-routes';

/** The SMS port: picks the adapter by the number's prefix (SMS_ROUTES), else the default (SMS_PROVIDER). */
export class SmsRouter implements SmsProvider {
  constructor(
    private readonly adapters: Record<string, SmsProvider>,
    private readonly routes: readonly SmsRoute[],
    private readonly fallback: string,
  ) {}

  sendSms(message: ShortMessage): Promise<DeliveryReceipt> {
    const name = routeSms(message.to, this.routes, this.fallback);
    const adapter = this.adapters[name];
    if (!adapter) throw new Error(`No SMS adapter named ${name}`);
    return adapter.sendSms(message);
  }
}
