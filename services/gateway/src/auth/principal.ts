import { Actor, GuestActor, Role, StaffActor } from '@passerelle/contracts';

/** A health worker with an account, from a staff access token. */
export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  organisationId: string;
  roles: Role[];
}

/** A service user who joined from a link: scoped to one session, as one participant of it. */
export interface GuestPrincipal {
  kind: 'guest';
  participantId: string;
  sessionId: string;
  inviteId: string;
}

/** Who is calling. */
export type Principal = StaffPrincipal | GuestPrincipal;

/**
 * The contract's `actor` for a principal: what other services check role and membership against. Fields
 * are copied one by one so nothing else a principal may carry ever travels over NATS.
 */
export function actorOf(principal: StaffPrincipal): StaffActor;
export function actorOf(principal: GuestPrincipal): GuestActor;
export function actorOf(principal: Principal): Actor;
export function actorOf(principal: Principal): Actor {
  if (principal.kind === 'staff') {
    return { kind: 'staff', userId: principal.userId, organisationId: principal.organisationId, roles: [...principal.roles] };
  }
  return { kind: 'guest', participantId: principal.participantId, sessionId: principal.sessionId, inviteId: principal.inviteId };
}

declare module 'express' {
  interface Request {
    principal?: Principal;
  }
}
