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
}

/** One row of `GET /invites`: the invite and its session's state (null when the session is gone). */
export interface InviteListItem extends InviteView {
  session: { status: SessionStatus; waiting: boolean; purgeAt: string | null } | null;
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
  createdAt: string;
}
