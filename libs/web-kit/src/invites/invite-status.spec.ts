import { inviteActions, inviteDisplayStatus, inviteeLabel, sortNewestFirst } from './invite-status';
import type { InviteListItem } from './types';

const NOW = new Date('2026-11-20T12:00:00Z');

function item(overrides: Partial<InviteListItem> = {}): InviteListItem {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    sessionId: '22222222-2222-4222-8222-222222222222',
    kind: 'remote',
    status: 'sent',
    invitee: { firstName: 'Awa', lastName: 'Ndiaye', language: 'fr', channel: 'sms', email: null, phone: '+221771234567' },
    createdByUserId: '33333333-3333-4333-8333-333333333333',
    createdAt: '2026-11-20T10:00:00Z',
    expiresAt: '2026-11-27T10:00:00Z',
    lastSentAt: '2026-11-20T10:00:00Z',
    sendCount: 1,
    planned: false,
    notificationId: null,
    session: { status: 'open', waiting: false, purgeAt: null },
    schedule: null,
    delivery: null,
    ...overrides,
  };
}

describe('inviteDisplayStatus', () => {
  it.each([
    ['sent', item()],
    ['waiting', item({ session: { status: 'open', waiting: true, purgeAt: null } })],
    ['active', item({ session: { status: 'active', waiting: false, purgeAt: null } })],
    ['kept-open', item({ session: { status: 'kept-open', waiting: false, purgeAt: null } })],
    ['closed', item({ session: { status: 'closed', waiting: false, purgeAt: '2026-11-21T12:00:00Z' } })],
    ['revoked', item({ status: 'revoked' })],
    ['expired', item({ status: 'expired' })],
    ['sent', item({ session: null })],
  ] as const)('calls it %s', (expected, invite) => {
    expect(inviteDisplayStatus(invite, NOW)).toBe(expected);
  });

  it('lets the session state win over the link once the consultation started', () => {
    const revokedDuringSession = item({ status: 'revoked', session: { status: 'active', waiting: false, purgeAt: null } });
    expect(inviteDisplayStatus(revokedDuringSession, NOW)).toBe('active');
  });

  it('counts a link past its expiry as expired even before the server marks it', () => {
    expect(inviteDisplayStatus(item({ expiresAt: '2026-11-20T11:59:59Z' }), NOW)).toBe('expired');
  });

  it('does not call a revoked link waiting', () => {
    expect(inviteDisplayStatus(item({ status: 'revoked', session: { status: 'open', waiting: true, purgeAt: null } }), NOW)).toBe(
      'revoked',
    );
  });
});

describe('inviteActions', () => {
  it('offers resend and revoke before the consultation, and no report', () => {
    expect(inviteActions(item(), NOW)).toEqual({ resend: true, revoke: true, open: false, report: false });
  });

  it('offers only a new link for an expired invite', () => {
    expect(inviteActions(item({ status: 'expired' }), NOW)).toEqual({ resend: true, revoke: false, open: false, report: false });
  });

  it('offers nothing but opening once the session runs', () => {
    expect(inviteActions(item({ session: { status: 'active', waiting: false, purgeAt: null } }), NOW)).toEqual({
      resend: false,
      revoke: false,
      open: true,
      report: false,
    });
  });

  it('offers the report of a closed session until its purge', () => {
    const closed = (purgeAt: string) => item({ session: { status: 'closed', waiting: false, purgeAt } });
    expect(inviteActions(closed('2026-11-21T12:00:00Z'), NOW)).toMatchObject({ open: true, report: true });
    expect(inviteActions(closed('2026-11-20T11:00:00Z'), NOW)).toMatchObject({ report: false });
  });

  it('offers nothing on a revoked invite', () => {
    expect(inviteActions(item({ status: 'revoked' }), NOW)).toEqual({ resend: false, revoke: false, open: false, report: false });
  });
});

describe('sortNewestFirst', () => {
  it('puts the most recent invite first', () => {
    const older = item({ id: 'a', createdAt: '2026-11-19T10:00:00Z' });
    const newer = item({ id: 'b', createdAt: '2026-11-20T10:00:00Z' });
    expect(sortNewestFirst([older, newer]).map((invite) => invite.id)).toEqual(['b', 'a']);
  });
});

describe('inviteeLabel', () => {
  it('names the invitee, else shows where the link went', () => {
    expect(inviteeLabel(item())).toBe('Awa Ndiaye');
    expect(inviteeLabel(item({ invitee: { ...item().invitee, firstName: null, lastName: null } }))).toBe('+221771234567');
  });
});
