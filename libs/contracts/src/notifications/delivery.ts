import { z } from 'zod';
import { defineRpc } from '../contract';

/**
 * `queued` until a provider accepted it, `sent` once accepted, `delivered` when the provider's delivery
 * webhook confirms it, `failed` once every retry is spent or the provider reports it undeliverable.
 */
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'delivered', 'failed'] as const;
export const notificationStatusSchema = z.enum(NOTIFICATION_STATUSES);

export const notificationDeliveryStatusSchema = z.object({
  id: z.string().uuid(),
  status: notificationStatusSchema,
  attempts: z.number().int().min(0),
  /** Why the last attempt failed (provider and error class, never the recipient or the text). */
  lastError: z.string().optional(),
  providerMessageId: z.string().optional(),
});
export type NotificationDeliveryStatus = z.infer<typeof notificationDeliveryStatusSchema>;

/**
 * Delivery state of messages the caller queued (so invitations can show "not delivered" with the reason).
 * Unknown ids are left out of `items`.
 */
export const notificationsMessageStatus = defineRpc(
  'notifications.message.status.v1',
  z.object({ notificationIds: z.array(z.string().uuid()).min(1).max(200) }).strict(),
  z.object({ items: z.array(notificationDeliveryStatusSchema) }),
);

/**
 * A provider's delivery webhook as the gateway received it: the raw body (signatures are computed over
 * the exact bytes) and the request headers with lower-case names. Notifications verifies the signature;
 * a forged or unsigned call is refused with UNAUTHENTICATED.
 */
export const providerWebhookSchema = z
  .object({
    rawBody: z.string().max(1_000_000),
    headers: z.record(z.string(), z.string()),
  })
  .strict();

const webhookResultSchema = z.object({ updated: z.number().int().min(0) });

/** SendGrid event webhook (ECDSA signature, header x-twilio-email-event-webhook-signature). */
export const notificationsWebhookSendgrid = defineRpc('notifications.webhook.sendgrid.v1', providerWebhookSchema, webhookResultSchema);

/** Vonage Messages status webhook (JWT signed with the account's signature secret, Authorization header). */
export const notificationsWebhookVonage = defineRpc('notifications.webhook.vonage.v1', providerWebhookSchema, webhookResultSchema);
