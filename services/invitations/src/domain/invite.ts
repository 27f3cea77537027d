import type { Channel, INVITE_KINDS, INVITE_STATUSES, Language } from '@passerelle/contracts';

export type InviteKind = (typeof INVITE_KINDS)[number];
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** Who receives the link. Names and contact details are patient identifiers: encrypted at rest. */
export interface Invitee {
  firstName: string | null;
  lastName: string | null;
  language: Language;
  channel: Channel;
  email: string | null;
  phone: string | null;
}

export interface Invite {
  id: string;
  organisationId: string;
  createdByUserId: string;
  sessionId: string;
  kind: InviteKind;
  invitee: Invitee;
  /** As sent in the message, so the join page names the same person and place. */
  requesterDisplayName: string;
  organisationName: string;
  /** SHA-256 of the current link token; a resend replaces it. */
  tokenHash: string;
  /**
   * The current token itself, so a reminder or a reschedule can carry the same link again; encrypted at
   * rest like contact data (the hash alone cannot give it back). Null for invites from before planning.
   */
  linkToken: string | null;
  /** Planned later: scheduling holds its slot, and the link works only inside its join window. */
  planned: boolean;
  /** The last message sent about this invite (notifications reports whether it was delivered). */
  lastNotificationId: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  termsAcceptedAt: Date | null;
  termsVersion: string | null;
  lastSentAt: Date;
  sendCount: number;
  createdAt: Date;
}

/** Revocation is final; otherwise the link's age decides. Derived at read time, never stored stale. */
export function inviteStatus(invite: Pick<Invite, 'revokedAt' | 'expiresAt'>, now: Date): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'sent';
}

export type InviteAction = 'resend' | 'revoke' | 'redeem';

/**
 * What may happen to an invite in each status. Resending an expired invite gives it a fresh link;
 * revoking twice is harmless (the second call re-asserts the guest's removal).
 */
export const ALLOWED_ACTIONS: Record<InviteStatus, Record<InviteAction, boolean>> = {
  sent: { resend: true, revoke: true, redeem: true },
  expired: { resend: true, revoke: true, redeem: false },
  revoked: { resend: false, revoke: true, redeem: false },
};

export function mayDo(action: InviteAction, invite: Pick<Invite, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  return ALLOWED_ACTIONS[inviteStatus(invite, now)][action];
}
