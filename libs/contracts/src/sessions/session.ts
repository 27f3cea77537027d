import { z } from 'zod';
import { defineRpc } from '../contract';
import { actorSchema } from '../identity/actor';

/**
 * A session's lifecycle (chat owns it). `open`: created, invitee not admitted yet (the waiting room is
 * derived from presence); `active`: started by the requester; `kept-open`: terminated but usable later;
 * `closed`: ended, readable by staff until `purgeAt`, then purged.
 */
export const SESSION_STATUSES = ['open', 'active', 'kept-open', 'closed'] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const PARTICIPANT_ROLES = ['requester', 'patient', 'guest', 'colleague', 'interpreter'] as const;
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);

export const participantSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(['staff', 'guest']),
  role: participantRoleSchema,
  displayName: z.string(),
  /** At least one open connection right now. */
  present: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;

export const sessionViewSchema = z.object({
  id: z.string().uuid(),
  status: sessionStatusSchema,
  /** A guest is connected and the session is not active: the requester's portal rings. */
  waiting: z.boolean(),
  ownerUserId: z.string().uuid(),
  organisationId: z.string().uuid(),
  createdAt: z.string().datetime(),
  startedAt: z.string().datetime().nullable(),
  terminatedAt: z.string().datetime().nullable(),
  purgeAt: z.string().datetime().nullable(),
  participants: z.array(participantSchema),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

const sessionRef = z.object({ actor: actorSchema, sessionId: z.string().uuid() }).strict();

/** Called by invitations when an invite is created. */
export const chatSessionCreate = defineRpc(
  'chat.session.create.v1',
  z
    .object({
      organisationId: z.string().uuid(),
      ownerUserId: z.string().uuid(),
      ownerDisplayName: z.string().min(1).max(200),
      /**
       * A session among staff only (a live tele-expertise request) starts at once: there is no invitee to
       * wait for, and the requester chats in it while an expert takes the request.
       */
      startNow: z.boolean().optional(),
    })
    .strict(),
  z.object({ sessionId: z.string().uuid(), ownerParticipantId: z.string().uuid() }),
);

export const chatSessionGet = defineRpc('chat.session.get.v1', sessionRef, sessionViewSchema);

/** Status and waiting flag of several sessions at once, for lists (staff of the owner's organisation only). */
export const chatSessionSummaries = defineRpc(
  'chat.session.summaries.v1',
  z.object({ actor: actorSchema, sessionIds: z.array(z.string().uuid()).max(500) }).strict(),
  z.object({
    items: z.array(
      sessionViewSchema.pick({ id: true, status: true, waiting: true, startedAt: true, terminatedAt: true, purgeAt: true }),
    ),
  }),
);

/** Only the owner (or an admin of the organisation) and only when a guest is present: CONFLICT otherwise. */
export const chatSessionStart = defineRpc('chat.session.start.v1', sessionRef, sessionViewSchema);

export const terminateModeSchema = z.enum(['close', 'keep-open']);
export const chatSessionTerminate = defineRpc(
  'chat.session.terminate.v1',
  sessionRef.extend({ mode: terminateModeSchema }).strict(),
  sessionViewSchema,
);

/** A guest redeemed an invite: idempotent per invite (re-opening the link is the same participant). */
export const chatParticipantJoinGuest = defineRpc(
  'chat.participant.join-guest.v1',
  z
    .object({
      sessionId: z.string().uuid(),
      inviteId: z.string().uuid(),
      displayName: z.string().min(1).max(200),
      role: participantRoleSchema.exclude(['requester']),
    })
    .strict(),
  z.object({ participantId: z.string().uuid(), sessionStatus: sessionStatusSchema }),
);

/**
 * Another staff member of the session's organisation joins it as a participant (the expert who took a
 * live tele-expertise request). Idempotent per user; CONFLICT on a closed session.
 */
export const chatParticipantAddStaff = defineRpc(
  'chat.participant.add-staff.v1',
  z
    .object({
      sessionId: z.string().uuid(),
      organisationId: z.string().uuid(),
      userId: z.string().uuid(),
      displayName: z.string().min(1).max(200),
      role: z.literal('colleague'),
    })
    .strict(),
  z.object({ participantId: z.string().uuid() }),
);

/** An invite was revoked: its guest loses access at once. */
export const chatParticipantRemoveByInvite = defineRpc(
  'chat.participant.remove-by-invite.v1',
  z.object({ sessionId: z.string().uuid(), inviteId: z.string().uuid() }).strict(),
  z.object({ removed: z.number().int() }),
);

/**
 * The gateway reports each socket joining or leaving a session room. Presence is the set of live
 * connections per participant (Redis), so several tabs and reconnects are counted right.
 */
export const chatPresenceUpdate = defineRpc(
  'chat.presence.update.v1',
  z.object({ actor: actorSchema, sessionId: z.string().uuid(), connectionId: z.string().min(1).max(100), present: z.boolean() }).strict(),
  /**
   * `participantId` null: staff who may watch the session (an admin of its organisation) without being a
   * participant; they may join the room but are not counted present.
   */
  z.object({ participantId: z.string().uuid().nullable(), present: z.boolean() }),
);
