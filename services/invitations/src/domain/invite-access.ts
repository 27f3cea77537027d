import { DomainError, ErrorCode, GuestActor, StaffActor } from '@passerelle/contracts';
import type { Invite } from './invite';

/** Requesters invite; administrators too (they also oversee the organisation's invites). */
export function mayInvite(actor: StaffActor): boolean {
  return actor.roles.includes('requester') || actor.roles.includes('admin');
}

export function requireInviter(actor: StaffActor): void {
  if (!mayInvite(actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only requesters and administrators manage invites');
}

/** The invite's author, or an administrator of its organisation. Nobody else learns it exists. */
export function staffMaySee(actor: StaffActor, invite: Pick<Invite, 'organisationId' | 'createdByUserId'>): boolean {
  if (invite.organisationId !== actor.organisationId) return false;
  return invite.createdByUserId === actor.userId || actor.roles.includes('admin');
}

/** A guest sees only the invite it joined with. */
export function guestMaySee(actor: GuestActor, invite: Pick<Invite, 'id' | 'sessionId'>): boolean {
  return invite.id === actor.inviteId && invite.sessionId === actor.sessionId;
}

/** Someone else's invite answers exactly like a missing one: NOT_FOUND confirms nothing. */
export function inviteNotFound(): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'Invite not found');
}
