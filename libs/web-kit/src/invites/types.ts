/**
 * The gateway's invitation shapes as the browser sees them; they mirror
 * libs/contracts/src/invitations/invites.ts and notifications/messages.ts.
 */
import type { Locale } from '../i18n/locales';
import type { SessionStatus } from '../sessions/types';

/** Languages invitees are written to: the same six as the interface. */
export type InviteLanguage = Locale;

export const CHANNELS = ['email', 'sms', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * - `remote`: the patient at home receives the link;
 * - `in-person`: the patient is next to the requester, a colleague receives the link;
 * - `phone-only`: the quickest way, a phone number and an SMS link.
 */
export const INVITE_KINDS = ['remote', 'in-person', 'phone-only'] as const;
export type InviteKind = (typeof INVITE_KINDS)[number];

export type InviteStatus = 'sent' | 'revoked' | 'expired';

export interface Invitee {
  firstName: string | null;
  lastName: string | null;
  language: InviteLanguage;
  channel: Channel;
  email: string | null;
  phone: string | null;
}

export interface InviteView {
  id: string;
  sessionId: string;
  kind: InviteKind;
  status: InviteStatus;
  invitee: Invitee;
  createdByUserId: string;
  createdAt: string;
  expiresAt: string;
  lastSentAt: string;
  sendCount: number;
  /** Planned later: the list shows its slot. */
  planned: boolean;
  notificationId: string | null;
}

/** A planned session's slot (`startsAt` is a UTC instant; `timeZone` the invitee's). */
export interface SlotView {
  inviteId: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  status: 'planned' | 'rescheduled' | 'cancelled';
  version: number;
  opensAt: string;
  closesAt: string;
}

/** "Plan later": the local date and time in the invitee's zone. */
export interface ScheduleBody {
  /** `YYYY-MM-DDTHH:mm`, wall-clock time in `timeZone`. */
  startsAt: string;
  timeZone: string;
  durationMinutes?: number;
}

export const INVITE_LIST_FILTERS = ['all', 'planned', 'waiting', 'open', 'closed'] as const;
export type InviteListFilter = (typeof INVITE_LIST_FILTERS)[number];

/** One row of `GET /invites`: the invite and its session's state (null when the session is gone). */
export interface InviteListItem extends InviteView {
  session: { status: SessionStatus; waiting: boolean; purgeAt: string | null } | null;
  schedule: SlotView | null;
  /** The last message's delivery; `failed` is "not delivered", with the provider's reason. */
  delivery: { status: 'queued' | 'sent' | 'delivered' | 'failed'; reason: string | null } | null;
}

/** Body of `POST /invites`. */
export interface CreateInviteBody {
  kind: InviteKind;
  invitee: {
    firstName?: string;
    lastName?: string;
    language: InviteLanguage;
    channel: Channel;
    email?: string;
    phone?: string;
  };
  schedule?: ScheduleBody;
}

/** Answer of `POST /invites` (201). */
export interface CreatedInvite {
  id: string;
  sessionId: string;
  status: InviteStatus;
}

/** Answer of `POST /join/preview`: what the guest page shows before the terms are accepted. */
export interface JoinPreview {
  inviteeFirstName: string | null;
  requesterDisplayName: string;
  organisationName: string;
  language: InviteLanguage;
  expiresAt: string;
  termsVersion: string;
  /** A planned invite: its slot and whether the link lets the invitee in now. */
  schedule: {
    startsAt: string;
    timeZone: string;
    opensAt: string;
    closesAt: string;
    state: 'open' | 'too_early' | 'too_late' | 'cancelled';
  } | null;
}

/** Answer of `POST /join`: a guest token scoped to one session. */
export interface JoinResult {
  accessToken: string;
  sessionId: string;
  expiresIn?: number;
  participantId?: string;
}

/** One message of `GET /dev/outbox` (development only). */
export interface OutboxMessage {
  id: string;
  channel: Channel;
  to: string;
  subject?: string;
  text: string;
  links: string[];
  attachments?: { filename: string; contentType: string; content: string }[];
  createdAt: string;
}
