import { ALLOWED_ACTIONS, inviteStatus, mayDo } from './invite';

const now = new Date('2026-11-22T10:00:00Z');
const later = new Date('2026-11-29T10:00:00Z');
const earlier = new Date('2026-11-21T10:00:00Z');

describe('invite status and allowed actions', () => {
  it('derives the status from revocation first, then expiry', () => {
    expect(inviteStatus({ revokedAt: null, expiresAt: later }, now)).toBe('sent');
    expect(inviteStatus({ revokedAt: null, expiresAt: now }, now)).toBe('expired');
    expect(inviteStatus({ revokedAt: earlier, expiresAt: earlier }, now)).toBe('revoked');
  });

  it('lets a live link be redeemed, and nothing else', () => {
    expect(mayDo('redeem', { revokedAt: null, expiresAt: later }, now)).toBe(true);
    expect(mayDo('redeem', { revokedAt: null, expiresAt: earlier }, now)).toBe(false);
    expect(mayDo('redeem', { revokedAt: earlier, expiresAt: later }, now)).toBe(false);
  });

  it('resends expired invites (a fresh link) but never revoked ones', () => {
    expect(ALLOWED_ACTIONS.expired.resend).toBe(true);
    expect(ALLOWED_ACTIONS.revoked.resend).toBe(false);
    expect(ALLOWED_ACTIONS.revoked.revoke).toBe(true);
  });
});
