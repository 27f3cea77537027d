import { DomainError, ErrorCode, RequestStatus } from '@passerelle/contracts';

/** What can happen to a request; each action is allowed from some states and leads to one. */
export type RequestAction =
  | 'edit-draft'
  | 'send'
  | 'take'
  | 'release'
  | 'answer'
  | 'ask-info'
  | 'message'
  | 'attach'
  | 'transfer'
  | 'close';

type Transition = { from: readonly RequestStatus[]; to: RequestStatus | 'unchanged' };

/** The request lifecycle, written once. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestAction, Transition>> = {
  'edit-draft': { from: ['draft'], to: 'unchanged' },
  send: { from: ['draft'], to: 'sent' },
  take: { from: ['sent'], to: 'taken' },
  release: { from: ['taken'], to: 'sent' },
  answer: { from: ['taken', 'answered'], to: 'answered' },
  'ask-info': { from: ['taken', 'answered'], to: 'unchanged' },
  message: { from: ['sent', 'taken', 'answered'], to: 'unchanged' },
  attach: { from: ['draft', 'sent', 'taken', 'answered'], to: 'unchanged' },
  transfer: { from: ['draft', 'sent', 'taken', 'answered'], to: 'unchanged' },
  close: { from: ['taken', 'answered'], to: 'closed' },
};

const REFUSALS: Readonly<Record<RequestAction, string>> = {
  'edit-draft': 'Only a draft can be edited',
  send: 'This request was already sent',
  take: 'This request is no longer waiting: another expert has taken it or it was closed',
  release: 'Only a request taken and not yet answered can be released',
  answer: 'The request must be taken before it is answered',
  'ask-info': 'The request must be taken before asking for information',
  message: 'Messages can be added once the request is sent and until it is closed',
  attach: 'Documents cannot be added to a closed request',
  transfer: 'A closed request cannot be transferred',
  close: 'Only a taken or answered request can be closed',
};

export function canApply(action: RequestAction, status: RequestStatus): boolean {
  return REQUEST_TRANSITIONS[action].from.includes(status);
}

/** The state after `action`, or CONFLICT (409) when the current state does not allow it. */
export function nextStatus(action: RequestAction, status: RequestStatus): RequestStatus {
  if (!canApply(action, status)) throw new DomainError(ErrorCode.CONFLICT, REFUSALS[action]);
  const { to } = REQUEST_TRANSITIONS[action];
  return to === 'unchanged' ? status : to;
}
