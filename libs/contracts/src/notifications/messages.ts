import { z } from 'zod';
import { defineRpc } from '../contract';
import { channelSchema, languageSchema } from '../invitations/invites';
import { notificationStatusSchema } from './delivery';

/** Message kinds; each has a template per language (fallback English). Later issues add kinds. */
export const NOTIFICATION_TEMPLATES = [
  'session-invite',
  'session-invite-colleague',
  // Planned sessions: variables `startsAt` (ISO instant, UTC) and `timeZone` (the invitee's IANA zone);
  // notifications formats the slot in that zone and the message's language.
  'session-invite-planned',
  'session-reminder',
  'session-rescheduled',
  'session-cancelled',
  // External accounts: variables `code` (6 digits) and `minutes` (validity); then `firstName` and `link`.
  'account-otp-code',
  'account-approved',
  // Tele-expertise, to the requester who holds the request: variables `requestType` (the expertise type's
  // name) and `link` (the request in the portal), and for a transfer `requesterName` (who transferred it).
  'expertise-answered',
  'expertise-info-requested',
  'expertise-transferred',
] as const;
export const notificationTemplateSchema = z.enum(NOTIFICATION_TEMPLATES);

export const attachmentSchema = z
  .object({
    filename: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
    contentType: z.string().min(3).max(100),
    /** UTF-8 text (calendar files). */
    content: z.string().max(100_000),
  })
  .strict();
export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * Queues a message. Durable once answered (a BullMQ job in Redis); the idempotency key makes a retried
 * command a no-op, so a message is never sent twice. Variables are the template's placeholders; only
 * what the message needs (a first name, a link), never clinical data.
 */
export const notificationsSend = defineRpc(
  'notifications.message.send.v1',
  z
    .object({
      idempotencyKey: z.string().min(1).max(200),
      channel: channelSchema,
      to: z.string().min(3).max(254),
      language: languageSchema,
      template: notificationTemplateSchema,
      variables: z.record(z.string(), z.string().max(2000)),
      /** E-mail only (other channels ignore them): e.g. the planned session's `invite.ics`. */
      attachments: z.array(attachmentSchema).max(3).optional(),
    })
    .strict(),
  z.object({ notificationId: z.string().uuid(), status: notificationStatusSchema }),
);

export const outboxMessageSchema = z.object({
  id: z.string().uuid(),
  channel: channelSchema,
  to: z.string(),
  subject: z.string().optional(),
  text: z.string(),
  html: z.string().optional(),
  links: z.array(z.string().url()),
  attachments: z.array(attachmentSchema),
  createdAt: z.string().datetime(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** The development outbox: messages "sent" while the outbox provider is active, newest first. */
export const notificationsOutboxList = defineRpc(
  'notifications.outbox.list.v1',
  z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
  z.object({ items: z.array(outboxMessageSchema) }),
);
