import { DomainError, SESSION_STATUSES, SessionStatus } from '@passerelle/contracts';
import { SESSION_ACCEPTS_MESSAGES, SessionAction, assertAcceptsMessages, nextStatus } from './session-status';

const present = { guestPresent: true };
const absent = { guestPresent: false };

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('session status table', () => {
  it.each<[SessionStatus, SessionAction, SessionStatus]>([
    ['open', 'start', 'active'],
    ['open', 'close', 'closed'],
    ['active', 'keep-open', 'kept-open'],
    ['active', 'close', 'closed'],
    ['kept-open', 'start', 'active'],
    ['kept-open', 'close', 'closed'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action, present)).toBe(to);
  });

  it.each<[SessionStatus, SessionAction, string]>([
    ['open', 'keep-open', 'The session has not started yet'],
    ['active', 'start', 'The session has already started'],
    ['kept-open', 'keep-open', 'The session is already kept open'],
    ['closed', 'start', 'The session is closed'],
    ['closed', 'keep-open', 'The session is closed'],
    ['closed', 'close', 'The session is closed'],
  ])('refuses %s --%s--> with CONFLICT', (from, action, message) => {
    expect(refusal(() => nextStatus(from, action, present))).toEqual({ code: 'CONFLICT', message });
  });

  it('cannot start before the invitee is connected, from open or kept-open', () => {
    for (const from of ['open', 'kept-open'] as const) {
      expect(refusal(() => nextStatus(from, 'start', absent))).toEqual({
        code: 'CONFLICT',
        message: 'The invitee is not connected yet',
      });
    }
  });

  it('closes without anyone connected (the invitee may never come)', () => {
    expect(nextStatus('open', 'close', absent)).toBe('closed');
    expect(nextStatus('kept-open', 'close', absent)).toBe('closed');
  });

  it('accepts messages only while active or kept open', () => {
    expect(SESSION_STATUSES.filter((s) => SESSION_ACCEPTS_MESSAGES[s])).toEqual(['active', 'kept-open']);
    expect(() => assertAcceptsMessages('active')).not.toThrow();
    expect(() => assertAcceptsMessages('kept-open')).not.toThrow();
    expect(refusal(() => assertAcceptsMessages('closed'))).toEqual({
      code: 'CONFLICT',
      message: 'The session is closed: it accepts no new messages',
    });
    expect(refusal(() => assertAcceptsMessages('open'))).toEqual({
      code: 'CONFLICT',
      message: 'The session has not started yet',
    });
  });
});
