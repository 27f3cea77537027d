import type { InviteListItem } from './types';

/**
 * What the invites list calls an invite, from the invite's own state and its session's:
 * the session's lifecycle wins once the guest is in; before that the link's state tells the story.
 */
export const INVITE_DISPLAY_STATUSES = ['sent', 'waiting', 'active', 'kept-open', 'closed', 'revoked', 'expired'] as const;
export type InviteDisplayStatus = (typeof INVITE_DISPLAY_STATUSES)[number];

export function inviteDisplayStatus(item: InviteListItem, now: Date = new Date()): InviteDisplayStatus {
  switch (item.session?.status) {
    case 'closed':
      return 'closed';
    case 'kept-open':
      return 'kept-open';
    case 'active':
      return 'active';
    default:
      break;
  }
  if (item.status === 'revoked') return 'revoked';
  // The server marks expiry lazily; a link past its date no longer opens, whatever the stored status says.
  if (item.status === 'expired' || Date.parse(item.expiresAt) <= now.getTime()) return 'expired';
  if (item.session?.waiting) return 'waiting';
  return 'sent';
}

export interface InviteActions {
  /** Send a new link (the old one stops working). */
  resend: boolean;
  revoke: boolean;
  /** Open the session page. */
  open: boolean;
  /** Download the PDF report (closed sessions, until the purge). */
  report: boolean;
}

export function inviteActions(item: InviteListItem, now: Date = new Date()): InviteActions {
  const status = inviteDisplayStatus(item, now);
  const beforeStart = status === 'sent' || status === 'waiting' || status === 'expired';
  const purgeAt = item.session?.purgeAt ? Date.parse(item.session.purgeAt) : null;
  return {
    resend: beforeStart,
    revoke: status === 'sent' || status === 'waiting',
    open: status === 'active' || status === 'kept-open' || status === 'closed' || status === 'waiting',
    report: status === 'closed' && (purgeAt === null || purgeAt > now.getTime()),
  };
}

/** Newest first, by creation time (ties: the later id, so the order is stable). */
export function sortNewestFirst<T extends { createdAt: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

/** How the list names an invitee: their name, else where the link went. */
export function inviteeLabel(item: Pick<InviteListItem, 'invitee'>): string {
  const { firstName, lastName, email, phone } = item.invitee;
  const name = [firstName, lastName].filter((part) => part && part.trim()).join(' ');
  return name || phone || email || '';
}
