import { createHash } from 'node:crypto';
import { jwtVerify } from 'jose';
import { DeliveryEvent, asNotificationId } from './delivery-event';

/**
 * Vonage signed webhooks: `Authorization: Bearer <JWT>` signed HS256 with the account's signature secret,
 * whose `payload_hash` claim is the SHA-256 (hex) of the raw body.
 */
export async function verifyVonageSignature(secret: string, headers: Record<string, string>, rawBody: string): Promise<boolean> {
  const token = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
  if (!secret || !token) return false;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    const hash = createHash('sha256').update(rawBody, 'utf8').digest('hex');
    return typeof payload.payload_hash === 'string' && payload.payload_hash.toLowerCase() === hash;
  } catch {
    return false;
  }
}

const DELIVERED = new Set(['delivered', 'read']);
const FAILED = new Set(['rejected', 'undeliverable', 'failed', 'expired']);

/**
 * A Messages API status (`message_uuid`, `status`, `client_ref`) or an SMS delivery receipt in JSON
 * (`messageId`, `status`, `client-ref`). `submitted` and the like change nothing.
 */
export function parseVonageEvent(rawBody: string): DeliveryEvent[] {
  const body = JSON.parse(rawBody) as Record<string, unknown>;
  const status = typeof body?.status === 'string' ? body.status : '';
  const outcome = DELIVERED.has(status) ? 'delivered' : FAILED.has(status) ? 'failed' : undefined;
  if (!outcome) return [];
  const messageId = body.message_uuid ?? body.messageId;
  return [
    {
      notificationId: asNotificationId(body.client_ref ?? body['client-ref']),
      providerMessageId: typeof messageId === 'string' ? messageId : undefined,
      outcome,
      reason: `vonage: ${status}`,
    },
  ];
}
