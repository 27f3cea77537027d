import { z } from 'zod';
import { defineRpc } from '../contract';
import { actorSchema } from '../identity/actor';
import { ATTACHMENT_TYPES } from '../value-lists';
import { participantRoleSchema } from './session';

export const fileInfoSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  mimeType: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().nonnegative(),
});
export type FileInfo = z.infer<typeof fileInfoSchema>;

export const messageSchema = z.object({
  id: z.string().uuid(),
  /** Opaque, increasing within a session: `GET …/messages?after=<cursor>` returns what came later. */
  cursor: z.string(),
  author: z.object({ participantId: z.string().uuid(), displayName: z.string(), role: participantRoleSchema }),
  kind: z.enum(['text', 'file', 'event']),
  text: z.string().nullable(),
  file: fileInfoSchema.nullable(),
  /** Session events written into the thread (session started, call started/ended with duration…). */
  event: z.object({ type: z.string(), data: z.record(z.string(), z.unknown()) }).nullable(),
  createdAt: z.string().datetime(),
});
export type Message = z.infer<typeof messageSchema>;

export const MESSAGE_MAX_LENGTH = 4000;

export const postMessageBodySchema = z
  .object({
    text: z.string().trim().min(1).max(MESSAGE_MAX_LENGTH),
    /** Set by clients so a retried post after a network cut is stored once. */
    clientMessageId: z.string().uuid().optional(),
  })
  .strict();

/** Only in `active` and `kept-open` sessions: CONFLICT otherwise (a closed session refuses new messages). */
export const chatMessagePost = defineRpc(
  'chat.message.post.v1',
  postMessageBodySchema.extend({ actor: actorSchema, sessionId: z.string().uuid() }).strict(),
  messageSchema,
);

export const listMessagesQuerySchema = z
  .object({
    after: z
      .string()
      .regex(/^[0-9]{1,18}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();

export const chatMessageList = defineRpc(
  'chat.message.list.v1',
  listMessagesQuerySchema.extend({ actor: actorSchema, sessionId: z.string().uuid() }).strict(),
  /** `cursor`: pass it as `after` next time (unchanged when nothing new). */
  z.object({ items: z.array(messageSchema), cursor: z.string().nullable() }),
);

/**
 * Files do not fit in NATS messages: the gateway puts the upload into the JetStream object store bucket
 * `CHAT_UPLOADS_BUCKET` under a random name, then asks chat to attach it. Chat checks magic bytes, type
 * allowlist and size (UNPROCESSABLE with an issue `file: type_not_allowed | too_large | empty`), moves it
 * to `CHAT_FILES_BUCKET`, and posts the file message.
 */
export const CHAT_UPLOADS_BUCKET = 'chat-uploads';
export const CHAT_FILES_BUCKET = 'chat-files';
export const CHAT_REPORTS_BUCKET = 'chat-reports';

export const chatFileAttach = defineRpc(
  'chat.file.attach.v1',
  z
    .object({
      actor: actorSchema,
      sessionId: z.string().uuid(),
      uploadObject: z.string().min(1).max(200),
      fileName: z.string().trim().min(1).max(255),
    })
    .strict(),
  messageSchema,
);

/** Authorises a download and says where the bytes are (`bucket`/`objectName` in the object store). */
export const chatFileGet = defineRpc(
  'chat.file.get.v1',
  z.object({ actor: actorSchema, sessionId: z.string().uuid(), fileId: z.string().uuid() }).strict(),
  fileInfoSchema.extend({ bucket: z.string(), objectName: z.string() }),
);

/** Renders the session report PDF (staff of the session, until the purge) into CHAT_REPORTS_BUCKET. */
export const chatReportRender = defineRpc(
  'chat.report.render.v1',
  z.object({ actor: actorSchema, sessionId: z.string().uuid() }).strict(),
  z.object({ bucket: z.string(), objectName: z.string(), size: z.number().int(), fileName: z.string() }),
);

/** Call events that media writes into the thread (kind `event`). */
export const CALL_THREAD_EVENTS = ['call_started', 'call_ended'] as const;

/**
 * The media service records a call in the session's thread: `call_started` when the first participant
 * enters the call, `call_ended` (with its duration in seconds) when the room closes. The actor is the
 * participant who started or last left the call; chat checks their access like any post. Accepted while the
 * session is active or kept open, and also once it is closed, since closing it is what ends a running call.
 */
export const chatSessionEvent = defineRpc(
  'chat.session.event.v1',
  z
    .object({
      actor: actorSchema,
      sessionId: z.string().uuid(),
      type: z.enum(CALL_THREAD_EVENTS),
      data: z
        .object({
          durationSeconds: z.number().int().nonnegative().optional(),
          reason: z.enum(['hung-up', 'session-closed', 'media-failure']).optional(),
        })
        .strict(),
    })
    .strict(),
  messageSchema,
);
