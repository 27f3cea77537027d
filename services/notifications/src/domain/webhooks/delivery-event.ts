/**
 * What a provider webhook tells us about one message, once verified and parsed: which notification
 * (our id passed as custom arg / client ref, or the provider's message id) and whether it arrived.
 * `reason` is the provider's event or status name only (bounce texts quote the address).
 */
export interface DeliveryEvent {
  notificationId?: string;
  providerMessageId?: string;
  outcome: 'delivered' | 'failed';
  reason: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our ids are uuids; anything else in a client ref is not ours (and would break the uuid column). */
export function asNotificationId(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}
