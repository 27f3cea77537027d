import { DomainError, ErrorCode, SessionStatus } from '@passerelle/contracts';

/** What the requester can do to a session's lifecycle (`terminate` comes in two modes). */
export type SessionAction = 'start' | 'keep-open' | 'close';

/**
 * Every allowed status change, written once. Anything absent is refused with CONFLICT. `closed` is
 * final: the purge follows after the grace period.
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, Readonly<Partial<Record<SessionAction, SessionStatus>>>>> = {
  open: { start: 'active', close: 'closed' },
  active: { 'keep-open': 'kept-open', close: 'closed' },
  'kept-open': { start: 'active', close: 'closed' },
  closed: {},
};

/** Only a started (or kept-open) session is a conversation; the waiting room and a closed session are not. */
export const SESSION_ACCEPTS_MESSAGES: Readonly<Record<SessionStatus, boolean>> = {
  open: false,
  active: true,
  'kept-open': true,
  closed: false,
};

/** The event written into the thread when an action succeeds, so the transcript shows it. */
export const THREAD_EVENT_OF_ACTION: Readonly<Record<SessionAction, string>> = {
  start: 'session.started',
  'keep-open': 'session.kept-open',
  close: 'session.closed',
};

const REFUSALS: Readonly<Record<SessionStatus, string>> = {
  open: 'The session has not started yet',
  active: 'The session has already started',
  'kept-open': 'The session is already kept open',
  closed: 'The session is closed',
};

/**
 * The status after `action`, or CONFLICT. Starting also needs a guest in the waiting room: the
 * session cannot start before the invitee is connected.
 */
export function nextStatus(current: SessionStatus, action: SessionAction, facts: { guestPresent: boolean }): SessionStatus {
  const next = SESSION_TRANSITIONS[current][action];
  if (!next) throw new DomainError(ErrorCode.CONFLICT, REFUSALS[current]);
  if (action === 'start' && !facts.guestPresent) {
    throw new DomainError(ErrorCode.CONFLICT, 'The invitee is not connected yet');
  }
  return next;
}

export function assertAcceptsMessages(status: SessionStatus): void {
  if (SESSION_ACCEPTS_MESSAGES[status]) return;
  throw new DomainError(
    ErrorCode.CONFLICT,
    status === 'closed' ? 'The session is closed: it accepts no new messages' : 'The session has not started yet',
  );
}
