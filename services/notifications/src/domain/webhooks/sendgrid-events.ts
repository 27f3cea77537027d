import { createPublicKey, verify } from 'node:crypto';
import { DeliveryEvent, asNotificationId } from './delivery-event';

export const SENDGRID_SIGNATURE_HEADER = 'x-twilio-email-event-webhook-signature';
export const SENDGRID_TIMESTAMP_HEADER = 'x-twilio-email-event-webhook-timestamp';

/**
 * SendGrid's signed event webhook: ECDSA (P-256, SHA-256) over timestamp + raw body, signature base64 DER,
 * public key base64 DER (SubjectPublicKeyInfo) as the SendGrid settings page shows it.
 */
export function verifySendgridSignature(publicKeyBase64: string, headers: Record<string, string>, rawBody: string): boolean {
  const signature = headers[SENDGRID_SIGNATURE_HEADER];
  const timestamp = headers[SENDGRID_TIMESTAMP_HEADER];
  if (!publicKeyBase64 || !signature || !timestamp) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return verify('sha256', Buffer.from(timestamp + rawBody, 'utf8'), { key, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

const DELIVERED = new Set(['delivered']);
const FAILED = new Set(['bounce', 'dropped', 'blocked']);

/** Events that settle a message; `processed`, `deferred`, opens and clicks change nothing. */
export function parseSendgridEvents(rawBody: string): DeliveryEvent[] {
  const events: unknown = JSON.parse(rawBody);
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: Record<string, unknown>) => {
    const name = typeof event?.event === 'string' ? event.event : '';
    // A bounce's `type` (bounce or blocked) is more precise than its event name.
    const kind = name === 'bounce' && typeof event.type === 'string' ? event.type : name;
    const outcome = DELIVERED.has(name) ? 'delivered' : FAILED.has(name) ? 'failed' : undefined;
    if (!outcome) return [];
    const messageId = typeof event.sg_message_id === 'string' ? event.sg_message_id.split('.')[0] : undefined;
    return [{ notificationId: asNotificationId(event.notification_id), providerMessageId: messageId, outcome, reason: `sendgrid: ${kind}` }];
  });
}
