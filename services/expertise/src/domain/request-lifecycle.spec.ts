import { DomainError, REQUEST_STATUSES, RequestStatus } from '@passerelle/contracts';
import { REQUEST_TRANSITIONS, RequestAction, canApply, nextStatus } from './request-lifecycle';

function refusal(action: RequestAction, status: RequestStatus): DomainError {
  try {
    nextStatus(action, status);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${action} from ${status} was allowed`);
}

describe('request lifecycle', () => {
  it('walks draft → sent → taken → answered → closed', () => {
    let status: RequestStatus = 'draft';
    for (const [action, expected] of [
      ['send', 'sent'],
      ['take', 'taken'],
      ['answer', 'answered'],
      ['answer', 'answered'],
      ['close', 'closed'],
    ] as const) {
      status = nextStatus(action, status);
      expect(status).toBe(expected);
    }
  });

  it('releases a taken request back to the queue, and lets it be taken again', () => {
    expect(nextStatus('release', 'taken')).toBe('sent');
    expect(nextStatus('take', 'sent')).toBe('taken');
  });

  it('refuses a second take with CONFLICT, whatever state the request reached', () => {
    for (const status of ['taken', 'answered', 'closed'] as const) {
      expect(refusal('take', status).code).toBe('CONFLICT');
    }
    expect(refusal('take', 'draft').code).toBe('CONFLICT');
  });

  it('does not release an answered request nor answer one that is not taken', () => {
    expect(refusal('release', 'answered').code).toBe('CONFLICT');
    expect(refusal('answer', 'sent').code).toBe('CONFLICT');
    expect(refusal('ask-info', 'sent').code).toBe('CONFLICT');
  });

  it('keeps a closed request closed: no message, document, transfer or reopening', () => {
    for (const action of Object.keys(REQUEST_TRANSITIONS) as RequestAction[]) {
      expect(canApply(action, 'closed')).toBe(false);
    }
  });

  it('edits and sends only drafts', () => {
    for (const status of REQUEST_STATUSES.filter((s) => s !== 'draft')) {
      expect(canApply('edit-draft', status)).toBe(false);
      expect(canApply('send', status)).toBe(false);
    }
  });

  it('lets the requester write once the request is sent, not in a draft', () => {
    expect(canApply('message', 'draft')).toBe(false);
    expect(['sent', 'taken', 'answered'].every((s) => canApply('message', s as RequestStatus))).toBe(true);
  });
});
