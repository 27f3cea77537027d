import { z } from 'zod';
import { defineEvent, defineRpc, eventEnvelope } from '../contract';
import { staffActorSchema } from '../identity/actor';
import { PRESENCE_STATUSES } from '../value-lists';
import { requestModeSchema, requestStatusSchema, requestSummarySchema } from './requests';

/**
 * The expert side: the queues (destination services) an expert belongs to, with their figures, the
 * requests in them, and the expert's presence, which decides who is rung for live requests.
 */
export const queueViewSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  establishment: z.string(),
  specialty: z.string(),
  figures: z.object({
    /** Sent and not taken yet. */
    waitingNow: z.number().int().nonnegative(),
    /** Median seconds from sending to the first answer, over requests first answered in the last 30 days. */
    medianFirstAnswerSeconds30d: z.number().nonnegative().nullable(),
    answered30d: z.number().int().nonnegative(),
  }),
});
export type QueueView = z.infer<typeof queueViewSchema>;

export const queueRequestsQuerySchema = z
  .object({
    /** Default: what is open in the queue (sent, taken, answered), oldest first. */
    status: requestStatusSchema.exclude(['draft']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();

export const presenceStatusSchema = z.enum(PRESENCE_STATUSES);
export type PresenceStatus = z.infer<typeof presenceStatusSchema>;
export const presenceSchema = z.object({ status: presenceStatusSchema, updatedAt: z.string().datetime() });
export const setPresenceBodySchema = z.object({ status: presenceStatusSchema }).strict();

export const expertiseQueueList = defineRpc(
  'expertise.queue.list.v1',
  z.object({ actor: staffActorSchema }).strict(),
  z.object({ items: z.array(queueViewSchema) }),
);
/** Experts of that queue only (NOT_FOUND otherwise). */
export const expertiseQueueRequests = defineRpc(
  'expertise.queue.requests.v1',
  z.object({ actor: staffActorSchema, queueId: z.string().uuid(), query: queueRequestsQuerySchema }).strict(),
  z.object({ items: z.array(requestSummarySchema) }),
);
/** The gateway asks before a socket joins `queue:<id>`: experts of the queue only (NOT_FOUND otherwise). */
export const expertiseQueueAccess = defineRpc(
  'expertise.queue.access.v1',
  z.object({ actor: staffActorSchema, queueId: z.string().uuid() }).strict(),
  z.object({ queueId: z.string().uuid() }),
);
/** Never set: `away`. */
export const expertisePresenceGet = defineRpc(
  'expertise.presence.get.v1',
  z.object({ actor: staffActorSchema }).strict(),
  presenceSchema,
);
export const expertisePresenceSet = defineRpc(
  'expertise.presence.set.v1',
  z.object({ actor: staffActorSchema, body: setPresenceBodySchema }).strict(),
  presenceSchema,
);

export const REQUEST_CHANGES = [
  'sent',
  'taken',
  'released',
  'message',
  'answered',
  'info-requested',
  'document',
  'transferred',
  'closed',
] as const;

/**
 * Every change of a sent request, durable (JetStream). Expertise itself consumes it to notify people
 * (answer e-mail, info request, transfer); each gateway replica relays it to the sockets in
 * `queue:<queueId>` (experts' lists) and `user:<requesterUserId>` (the requester's dashboard).
 * No patient data: ids and states only.
 */
export const expertiseRequestChanged = defineEvent(
  'evt.expertise.request-changed.v1',
  eventEnvelope.extend({
    requestId: z.string().uuid(),
    organisationId: z.string().uuid(),
    queueId: z.string().uuid(),
    requesterUserId: z.string().uuid(),
    status: requestStatusSchema,
    mode: requestModeSchema,
    change: z.enum(REQUEST_CHANGES),
    byUserId: z.string().uuid(),
    /** The thread entry the change wrote. */
    entryId: z.string().uuid().nullable(),
    /** `transferred`: the colleague who holds it now; the previous holder is `byUserId`. */
    previousRequesterUserId: z.string().uuid().nullable(),
    /** Experts of the queue who are `available` when a live request is sent: they are rung. */
    ringUserIds: z.array(z.string().uuid()),
  }),
);
export type ExpertiseRequestChanged = z.infer<typeof expertiseRequestChanged.payload>;

export const queueRoom = (queueId: string) => `queue:${queueId}`;
