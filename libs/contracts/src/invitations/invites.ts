import { z } from 'zod';
import { defineRpc } from '../contract';
import { actorSchema, staffActorSchema } from '../identity/actor';
import { notificationStatusSchema } from '../notifications/delivery';
import { JOIN_WINDOW_PROBLEMS, planScheduleBodySchema, slotViewSchema } from '../scheduling/schedule';
import { sessionStatusSchema } from '../sessions/session';
import { CHANNELS, INVITE_KINDS, INVITE_LIST_FILTERS } from '../value-lists';

/** Languages Passerelle speaks to invitees in (messages, guest page). */
export const LANGUAGES = ['en', 'fr', 'ar', 'es', 'ru', 'uk'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** E.164 shape; invitations also checks the number is valid for its country (libphonenumber-js). */
export const e164Schema = z.string().regex(/^\+[1-9][0-9]{6,14}$/, 'E.164, e.g. +33612345678');


const name = z.string().trim().min(1).max(100);
export const inviteeSchema = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    language: languageSchema.default('en'),
    channel: channelSchema.default('sms'),
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    phone: e164Schema.optional(),
  })
  .strict();

export const createInviteBodySchema = z
  .object({
    kind: z.enum(INVITE_KINDS),
    invitee: inviteeSchema,
    /** "Plan later": the slot in the invitee's time zone; absent for an instant invite. */
    schedule: planScheduleBodySchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const { invitee } = body;
    if (body.kind !== 'phone-only') {
      if (!invitee.firstName) ctx.addIssue({ code: 'custom', path: ['invitee', 'firstName'], message: 'required' });
      if (!invitee.lastName) ctx.addIssue({ code: 'custom', path: ['invitee', 'lastName'], message: 'required' });
    }
    if (body.kind === 'phone-only' && invitee.channel === 'email') {
      ctx.addIssue({ code: 'custom', path: ['invitee', 'channel'], message: 'phone-only invites go by SMS or WhatsApp' });
    }
    if (invitee.channel === 'email' && !invitee.email) {
      ctx.addIssue({ code: 'custom', path: ['invitee', 'email'], message: 'required for the e-mail channel' });
    }
    if (invitee.channel !== 'email' && !invitee.phone) {
      ctx.addIssue({ code: 'custom', path: ['invitee', 'phone'], message: 'required for SMS and WhatsApp' });
    }
  });
export type CreateInviteBody = z.output<typeof createInviteBodySchema>;

export const INVITE_STATUSES = ['sent', 'revoked', 'expired'] as const;

export const inviteViewSchema = z.object({
  id: z.string().uuid(),
  sessionId: z.string().uuid(),
  kind: z.enum(INVITE_KINDS),
  status: z.enum(INVITE_STATUSES),
  invitee: z.object({
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    language: languageSchema,
    channel: channelSchema,
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  createdByUserId: z.string().uuid(),
  createdAt: z.string().datetime(),
  expiresAt: z.string().datetime(),
  lastSentAt: z.string().datetime(),
  sendCount: z.number().int().positive(),
  /** Planned later (its slot is kept by scheduling) rather than an instant invite. */
  planned: z.boolean(),
  /** The last message sent about this invite (its delivery state comes from notifications). */
  notificationId: z.string().uuid().nullable(),
});
export type InviteView = z.infer<typeof inviteViewSchema>;

/** What the invites list shows: the invite and its session's state (composed by the gateway). */
export const inviteListItemSchema = inviteViewSchema.extend({
  session: z.object({ status: sessionStatusSchema, waiting: z.boolean(), purgeAt: z.string().datetime().nullable() }).nullable(),
  schedule: slotViewSchema.nullable(),
  /** State of the last message; `failed` is shown as "not delivered" with the reason. */
  delivery: z.object({ status: notificationStatusSchema, reason: z.string().nullable() }).nullable(),
});
export type InviteListItem = z.infer<typeof inviteListItemSchema>;

/** Filters of the invites list: planned (slot ahead), waiting (a guest is there), open, closed. */
export const inviteListQuerySchema = z.object({ filter: z.enum(INVITE_LIST_FILTERS).default('all') }).strict();

export const invitationsInviteCreate = defineRpc(
  'invitations.invite.create.v1',
  z.object({ actor: staffActorSchema, body: createInviteBodySchema }).strict(),
  inviteViewSchema,
);

/** The requester's own invites, newest first (an admin sees the organisation's). */
export const invitationsInviteList = defineRpc(
  'invitations.invite.list.v1',
  z.object({ actor: staffActorSchema, limit: z.number().int().min(1).max(500).default(200) }).strict(),
  z.object({ items: z.array(inviteViewSchema) }),
);

const inviteRef = z.object({ actor: staffActorSchema, inviteId: z.string().uuid() }).strict();
/** A new link replaces the old one (the old token stops working) and is sent again. */
export const invitationsInviteResend = defineRpc('invitations.invite.resend.v1', inviteRef, inviteViewSchema);
export const invitationsInviteRevoke = defineRpc('invitations.invite.revoke.v1', inviteRef, inviteViewSchema);

/** Body of `POST /invites/:id/reschedule`. */
export const rescheduleInviteBodySchema = z.object({ schedule: planScheduleBodySchema }).strict();

/** Moves a planned invite's slot; the invitee is told the new time with the same link (still working). */
export const invitationsInviteReschedule = defineRpc(
  'invitations.invite.reschedule.v1',
  inviteRef.extend({ schedule: planScheduleBodySchema }).strict(),
  inviteViewSchema,
);

/** Cancels a planned invite: its link is revoked, its reminders removed, and the invitee is told. */
export const invitationsInviteCancel = defineRpc('invitations.invite.cancel.v1', inviteRef, inviteViewSchema);

/**
 * Scheduling's reminder job: send the invitee the reminder with their link, on the invite's channel.
 * `sent: false` when there is nothing to remind (revoked, cancelled, purged invite).
 */
export const invitationsInviteRemind = defineRpc(
  'invitations.invite.remind.v1',
  z
    .object({
      inviteId: z.string().uuid(),
      idempotencyKey: z.string().min(1).max(200),
      /** The slot as scheduling holds it (ISO instant, the invitee's zone). */
      startsAt: z.string().datetime(),
      timeZone: z.string().min(1).max(64),
    })
    .strict(),
  z.object({ sent: z.boolean() }),
);

/** Sessions an actor may see through their invites: used to authorise session routes for staff. */
export const invitationsInviteForSession = defineRpc(
  'invitations.invite.for-session.v1',
  z.object({ actor: actorSchema, sessionId: z.string().uuid() }).strict(),
  z.object({ items: z.array(inviteViewSchema) }),
);

export const joinTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a join link token');

/**
 * What the guest page shows before the terms are accepted. Unknown or tampered tokens: NOT_FOUND.
 * Expired or revoked ones: UNPROCESSABLE with an issue `token: expired | revoked`.
 */
export const invitationsInvitePreview = defineRpc(
  'invitations.invite.preview.v1',
  z.object({ token: joinTokenSchema }).strict(),
  z.object({
    inviteeFirstName: z.string().nullable(),
    requesterDisplayName: z.string(),
    organisationName: z.string(),
    language: languageSchema,
    expiresAt: z.string().datetime(),
    termsVersion: z.string(),
    /**
     * A planned invite's slot and whether its join window is open now; outside it the page says when to
     * come back, in `timeZone` (the invitee's), and redeeming is refused with `retryAt`.
     */
    schedule: z
      .object({
        startsAt: z.string().datetime(),
        timeZone: z.string(),
        opensAt: z.string().datetime(),
        closesAt: z.string().datetime(),
        state: z.enum(['open', ...JOIN_WINDOW_PROBLEMS]),
      })
      .nullable(),
  }),
);

/** Version of the guest terms of use shown on the join page; redeeming records which one was accepted. */
export const GUEST_TERMS_VERSION = '2026-11';

export const joinBodySchema = z
  .object({ token: joinTokenSchema, acceptTerms: z.literal(true), termsVersion: z.string().min(1).max(20).default(GUEST_TERMS_VERSION) })
  .strict();

export const invitationsInviteRedeem = defineRpc(
  'invitations.invite.redeem.v1',
  joinBodySchema,
  z.object({
    accessToken: z.string(),
    expiresIn: z.number().int().positive(),
    sessionId: z.string().uuid(),
    participantId: z.string().uuid(),
  }),
);
