import { DomainError, ErrorCode, StaffActor } from '@passerelle/contracts';

/** The facts about a request that decide who may see and do what. */
export interface RequestAccessFacts {
  organisationId: string;
  status: string;
  requesterUserId: string;
  takenByUserId: string | null;
  /** Everyone on either side of a recorded transfer. */
  transferUserIds: readonly string[];
  /** Experts of the request's queue. */
  queueExpertIds: readonly string[];
}

/**
 * - `holder`: the requester who holds it now;
 * - `former-holder`: transferred it away (or was in its transfer chain) and still reads it;
 * - `taker`: the expert who took it;
 * - `queue-expert`: an expert of its queue, once it was sent.
 */
export type RequestRelation = 'holder' | 'former-holder' | 'taker' | 'queue-expert';

export function relationTo(actor: StaffActor, request: RequestAccessFacts): RequestRelation | null {
  if (actor.organisationId !== request.organisationId) return null;
  const isRequester = actor.roles.includes('requester') || actor.roles.includes('admin');
  if (isRequester && request.requesterUserId === actor.userId) return 'holder';
  const isExpert = actor.roles.includes('expert');
  if (isExpert && request.takenByUserId === actor.userId) return 'taker';
  if (isExpert && request.status !== 'draft' && request.queueExpertIds.includes(actor.userId)) return 'queue-expert';
  if (isRequester && request.transferUserIds.includes(actor.userId)) return 'former-holder';
  return null;
}

const hidden = () => new DomainError(ErrorCode.NOT_FOUND, 'Request not found');

/** Anyone without a relation gets NOT_FOUND: a request's existence is not revealed. */
export function assertCanRead(actor: StaffActor, request: RequestAccessFacts): RequestRelation {
  const relation = relationTo(actor, request);
  if (!relation) throw hidden();
  return relation;
}

/** Writing as the requester side (draft, send, messages, transfer): the holder only. */
export function assertHolder(actor: StaffActor, request: RequestAccessFacts): void {
  const relation = assertCanRead(actor, request);
  if (relation !== 'holder') throw new DomainError(ErrorCode.FORBIDDEN, 'Only the requester who holds this request may do this');
}

/** Answering, asking for information, releasing, closing: the expert who took it. */
export function assertTaker(actor: StaffActor, request: RequestAccessFacts): void {
  const relation = assertCanRead(actor, request);
  if (relation !== 'taker') throw new DomainError(ErrorCode.FORBIDDEN, 'Only the expert who took this request may do this');
}

/** Taking: an expert of the queue (whether it is still waiting is decided atomically by the take itself). */
export function assertMayTake(actor: StaffActor, request: RequestAccessFacts): void {
  const relation = assertCanRead(actor, request);
  if (relation !== 'queue-expert' && relation !== 'taker') {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only an expert of this queue may take this request');
  }
}

/** Documents: the holder, or the expert who took it. */
export function assertMayAttach(actor: StaffActor, request: RequestAccessFacts): RequestRelation {
  const relation = assertCanRead(actor, request);
  if (relation !== 'holder' && relation !== 'taker') {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the requester or the expert who took it may add documents');
  }
  return relation;
}

export function assertAdmin(actor: StaffActor): void {
  if (!actor.roles.includes('admin')) throw new DomainError(ErrorCode.FORBIDDEN, 'Administrators only');
}

export function assertExpert(actor: StaffActor): void {
  if (!actor.roles.includes('expert')) throw new DomainError(ErrorCode.FORBIDDEN, 'Experts only');
}

export function assertRequester(actor: StaffActor): void {
  if (!actor.roles.includes('requester') && !actor.roles.includes('admin')) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Requesters only');
  }
}

/** A transfer goes to another requester of the same organisation (who can read the patient identity). */
export function assertTransferTarget(
  actor: StaffActor,
  colleague: { id: string; roles: readonly string[]; organisationId: string },
): void {
  if (colleague.id === actor.userId) {
    throw new DomainError(ErrorCode.UNPROCESSABLE, 'A request cannot be transferred to oneself', [
      { path: 'colleagueEmail', problem: 'self' },
    ]);
  }
  const isRequester = colleague.roles.includes('requester') || colleague.roles.includes('admin');
  if (!isRequester || colleague.organisationId !== actor.organisationId) {
    throw new DomainError(ErrorCode.UNPROCESSABLE, 'The colleague must be a requester of the same organisation', [
      { path: 'colleagueEmail', problem: 'not_a_requester' },
    ]);
  }
}
