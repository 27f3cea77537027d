/**
 * The gateway's session, chat and realtime shapes as the browser sees them. They mirror
 * libs/contracts/src/sessions/*.ts and realtime/push.ts (the SPAs do not depend on the back end's
 * packages); keep them in step when a contract changes.
 */

export const SESSION_STATUSES = ['open', 'active', 'kept-open', 'closed'] as const;
/** `open`: invitee not admitted yet; `active`: started; `kept-open`: ended but usable later; `closed`: read-only until the purge. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export type ParticipantRole = 'requester' | 'patient' | 'guest' | 'colleague' | 'interpreter';

export interface Participant {
  id: string;
  kind: 'staff' | 'guest';
  role: ParticipantRole;
  displayName: string;
  /** At least one open connection right now. */
  present: boolean;
}

/** Body of `GET /sessions/:id`, `POST /sessions/:id/start` and `…/terminate`. */
export interface SessionView {
  id: string;
  status: SessionStatus;
  /** A guest is connected and the session has not started: the requester's portal rings. */
  waiting: boolean;
  ownerUserId: string;
  organisationId: string;
  createdAt: string;
  startedAt: string | null;
  terminatedAt: string | null;
  purgeAt: string | null;
  participants: Participant[];
}

export type TerminateMode = 'close' | 'keep-open';

/** The only attachments chat accepts. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export interface FileInfo {
  id: string;
  name: string;
  mimeType: AttachmentType;
  size: number;
}

export interface MessageAuthor {
  participantId: string;
  displayName: string;
  role: ParticipantRole;
}

export interface ChatMessage {
  id: string;
  /** Opaque, increasing within a session (digits): `GET …/messages?after=<cursor>` returns what came later. */
  cursor: string;
  author: MessageAuthor;
  kind: 'text' | 'file' | 'event';
  text: string | null;
  file: FileInfo | null;
  /** Session events written into the thread (session started, call ended…). */
  event: { type: string; data: Record<string, unknown> } | null;
  createdAt: string;
}

/** Body of `GET /sessions/:id/messages`. `cursor` is unchanged (or null) when nothing is new. */
export interface MessagePage {
  items: ChatMessage[];
  cursor: string | null;
}

export interface GuestWaitingEvent {
  type: 'session.guest-waiting';
  sessionId: string;
  participantId: string;
  displayName: string;
}
export interface GuestLeftEvent {
  type: 'session.guest-left';
  sessionId: string;
  participantId: string;
}
export interface SessionUpdatedEvent {
  type: 'session.updated';
  session: SessionView;
}
export interface MessagePostedEvent {
  type: 'message.posted';
  sessionId: string;
  message: ChatMessage;
}
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
