import { Actor, DomainError, ErrorCode, SessionStatus } from '@passerelle/contracts';

/** What the policy needs to know of a session: no patient data. */
export interface SessionFacts {
  id: string;
  organisationId: string;
  ownerUserId: string;
  status: SessionStatus;
}

export interface ParticipantFacts {
  id: string;
  kind: 'staff' | 'guest';
  userId: string | null;
  inviteId: string | null;
  removedAt: Date | null;
}

/**
 * Who the actor is to this session, once authorised. `participantId` is who they write and appear as
 * (null for an organisation admin who is not a participant). `manager`: may start and terminate it.
 */
export type SessionAccess =
  | { kind: 'staff'; participantId: string | null; manager: boolean }
  | { kind: 'guest'; participantId: string; manager: false };

const noAccess = () => new DomainError(ErrorCode.FORBIDDEN, 'You do not have access to this session');

/**
 * The one place that decides who may see a session. Staff of the session's organisation: its owner,
 * an admin, or a staff participant. A guest: only the session of its token, and only while its participant has
 * not been removed (a revoked invite loses access at once). Closed sessions stay readable until the
 * purge deletes them.
 */
export function accessToSession(actor: Actor, session: SessionFacts, participants: readonly ParticipantFacts[]): SessionAccess {
  if (actor.kind === 'guest') {
    const own = participants.find((p) => p.id === actor.participantId);
    if (actor.sessionId !== session.id || !own || own.kind !== 'guest' || own.inviteId !== actor.inviteId) throw noAccess();
    if (own.removedAt) throw new DomainError(ErrorCode.FORBIDDEN, 'This invitation has been revoked');
    return { kind: 'guest', participantId: own.id, manager: false };
  }
  // Patient data belongs to the organisation: staff of another one never get in, whatever else holds.
  if (actor.organisationId !== session.organisationId) throw noAccess();
  const owner = actor.userId === session.ownerUserId;
  const admin = actor.roles.includes('admin');
  const participant = participants.find((p) => p.kind === 'staff' && p.userId === actor.userId && !p.removedAt);
  if (!owner && !admin && !participant) throw noAccess();
  return { kind: 'staff', participantId: participant?.id ?? null, manager: owner || admin };
}

/** Reports and summaries are for staff; a guest never gets them. */
export function assertStaff(access: SessionAccess): asserts access is Extract<SessionAccess, { kind: 'staff' }> {
  if (access.kind !== 'staff') throw new DomainError(ErrorCode.FORBIDDEN, 'Only staff can do this');
}

/** Starting and terminating belong to the session's owner or an admin of its organisation. */
export function assertManager(access: SessionAccess): void {
  if (!access.manager) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the requester who owns the session or an administrator can do this');
  }
}

/** Writing (messages, files) and being counted present need a participant to appear as. */
export function participantOf(access: SessionAccess): string {
  if (!access.participantId) throw new DomainError(ErrorCode.FORBIDDEN, 'Only participants of the session can do this');
  return access.participantId;
}
