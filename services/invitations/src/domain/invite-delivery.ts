import type { NOTIFICATION_TEMPLATES, PARTICIPANT_ROLES } from '@passerelle/contracts';
import type { InviteKind, Invitee } from './invite';

type Template = (typeof NOTIFICATION_TEMPLATES)[number];
type GuestRole = Exclude<(typeof PARTICIPANT_ROLES)[number], 'requester'>;

/** In person, the patient sits with the requester and the link goes to a colleague. */
export function templateFor(kind: InviteKind): Template {
  return kind === 'in-person' ? 'session-invite-colleague' : 'session-invite';
}

export function participantRoleFor(kind: InviteKind): GuestRole {
  return kind === 'in-person' ? 'colleague' : 'patient';
}

export function recipientOf(invitee: Invitee): string {
  const to = invitee.channel === 'email' ? invitee.email : invitee.phone;
  if (!to) throw new Error(`Invite has no ${invitee.channel === 'email' ? 'e-mail address' : 'phone number'}`);
  return to;
}

/** The name the session shows for the guest: as the requester entered it, or "Guest". */
export function guestDisplayName(invitee: Pick<Invitee, 'firstName' | 'lastName'>): string {
  const name = [invitee.firstName, invitee.lastName].filter((part) => part && part.trim()).join(' ').trim();
  return (name || 'Guest').slice(0, 200);
}
