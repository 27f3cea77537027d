import type { FileInfo, Message, RealtimeEvent as PushedEvent, RpcResponse, SessionView, chatMessageList } from '@passerelle/contracts';

/**
 * The gateway's session, chat and realtime shapes as the browser receives them: the contracts' types
 * (libs/contracts/src/sessions/*.ts, realtime/push.ts), plus the socket's own events and acks.
 */
export { ATTACHMENT_TYPES } from '@passerelle/contracts/src/value-lists';
export type { FileInfo, Participant, SessionStatus, SessionView } from '@passerelle/contracts';

export type ParticipantRole = SessionView['participants'][number]['role'];
export type TerminateMode = 'close' | 'keep-open';
export type AttachmentType = FileInfo['mimeType'];
export type MessageAuthor = Message['author'];
export type ChatMessage = Message;

/** Body of `GET /sessions/:id/messages`. `cursor` is unchanged (or null) when nothing is new. */
export type MessagePage = RpcResponse<typeof chatMessageList>;

export type GuestWaitingEvent = Extract<PushedEvent, { type: 'session.guest-waiting' }>;
export type GuestLeftEvent = Extract<PushedEvent, { type: 'session.guest-left' }>;
export type SessionUpdatedEvent = Extract<PushedEvent, { type: 'session.updated' }>;
export type MessagePostedEvent = Extract<PushedEvent, { type: 'message.posted' }>;
/** The session events a session page listens to. */
export type RealtimeEvent = GuestWaitingEvent | GuestLeftEvent | SessionUpdatedEvent | MessagePostedEvent;

/** Answer to the `session:join` / `session:leave` emits. */
export type RoomAck = { ok: true } | { ok: false; code: string };

/** What the gateway emits to browsers (event name = the event's `type`). A type, not an interface: Socket.IO's maps need an index signature. */
export type ServerEvents = {
  'session.guest-waiting': (event: GuestWaitingEvent) => void;
  'session.guest-left': (event: GuestLeftEvent) => void;
  'session.updated': (event: SessionUpdatedEvent) => void;
  'message.posted': (event: MessagePostedEvent) => void;
};

/** What browsers emit: joining a session room also counts the socket as present in that session. */
export type ClientEvents = {
  'session:join': (payload: { sessionId: string }, ack: (answer: RoomAck) => void) => void;
  'session:leave': (payload: { sessionId: string }, ack: (answer: RoomAck) => void) => void;
};
