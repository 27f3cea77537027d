import type { ChatMessage, SessionView } from './types';

/** Builders for the sessions specs (not exported from the package). */
export function message(cursor: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`,
    cursor: String(cursor),
    author: { participantId: 'p-guest', displayName: 'Awa Ndiaye', role: 'patient' },
    kind: 'text',
    text: `message ${cursor}`,
    file: null,
    event: null,
    createdAt: new Date(Date.UTC(2026, 10, 20, 10, 0, cursor)).toISOString(),
    ...overrides,
  };
}

export function sessionView(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 's-1',
    status: 'active',
    waiting: false,
    ownerUserId: 'u-1',
    organisationId: 'o-1',
    createdAt: '2026-11-20T10:00:00Z',
    startedAt: '2026-11-20T10:01:00Z',
    terminatedAt: null,
    purgeAt: null,
    participants: [
      { id: 'p-owner', kind: 'staff', role: 'requester', displayName: 'Amina Diallo', present: true },
      { id: 'p-guest', kind: 'guest', role: 'patient', displayName: 'Awa Ndiaye', present: true },
    ],
    ...overrides,
  };
}
