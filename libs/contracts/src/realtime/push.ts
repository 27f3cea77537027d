import { z } from 'zod';
import { messageSchema } from '../sessions/messages';
import { sessionViewSchema } from '../sessions/session';
import { REQUEST_CHANGES } from '../expertise/queues';
import { requestModeSchema, requestStatusSchema } from '../expertise/requests';

/**
 * What browsers are told in real time. Services publish on core NATS (`rt.push.v1`, not JetStream: a
 * client that misses one catches up through the REST API and its cursor); every gateway replica emits
 * the event to its own sockets in the named rooms: `user:<userId>`, `session:<sessionId>`.
 */
export const REALTIME_SUBJECT = 'rt.push.v1';

export const realtimeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('session.guest-waiting'),
    sessionId: z.string().uuid(),
    participantId: z.string().uuid(),
    displayName: z.string(),
  }),
  z.object({ type: z.literal('session.guest-left'), sessionId: z.string().uuid(), participantId: z.string().uuid() }),
  z.object({ type: z.literal('session.updated'), session: sessionViewSchema }),
  z.object({ type: z.literal('message.posted'), sessionId: z.string().uuid(), message: messageSchema }),
  // Calls (media service): another peer started sending a track, a peer left, the room is gone.
  z.object({
    type: z.literal('call.producer-added'),
    sessionId: z.string().uuid(),
    producerId: z.string().min(1),
    connectionId: z.string().min(1),
    kind: z.enum(['audio', 'video']),
  }),
  // A peer paused or resumed one of its tracks (mute, camera off): the others show a placeholder for video.
  z.object({
    type: z.literal('call.producer-paused'),
    sessionId: z.string().uuid(),
    producerId: z.string().min(1),
    connectionId: z.string().min(1),
    kind: z.enum(['audio', 'video']),
    paused: z.boolean(),
  }),
  z.object({ type: z.literal('call.peer-left'), sessionId: z.string().uuid(), connectionId: z.string().min(1) }),
  // A call started in the session (the first peer joined an empty room): the others are rung. `connectionId`
  // is the caller's socket, which ignores its own ring.
  z.object({ type: z.literal('call.ringing'), sessionId: z.string().uuid(), connectionId: z.string().min(1) }),
  // A participant who was rung declined (their socket's id): the caller is told.
  z.object({ type: z.literal('call.declined'), sessionId: z.string().uuid(), connectionId: z.string().min(1) }),
  z.object({
    type: z.literal('call.ended'),
    sessionId: z.string().uuid(),
    /**
     * `hung-up`: a participant ended the call for everyone; `session-closed`: the session ended; `empty`: the
     * last peer left (its socket went away); `media-failure`: the room was lost (the worker died), join again.
     */
    reason: z.enum(['hung-up', 'session-closed', 'media-failure', 'empty']),
  }),
  // Tele-expertise (to `queue:<id>` and the requester's `user:<id>`): a request changed; lists refetch it.
  z.object({
    type: z.literal('expertise.request-changed'),
    requestId: z.string().uuid(),
    queueId: z.string().uuid(),
    status: requestStatusSchema,
    mode: requestModeSchema,
    change: z.enum(REQUEST_CHANGES),
  }),
  // A live request was sent to a queue: its available experts (`user:<id>`) are rung.
  z.object({ type: z.literal('expertise.live-ringing'), requestId: z.string().uuid(), queueId: z.string().uuid() }),
]);
export type RealtimeEvent = z.infer<typeof realtimeEventSchema>;

export const realtimePushSchema = z.object({ rooms: z.array(z.string().min(1)).min(1), event: realtimeEventSchema });
export type RealtimePush = z.infer<typeof realtimePushSchema>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
