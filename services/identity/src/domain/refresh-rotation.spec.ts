import { judgeRefreshToken } from './refresh-rotation';

const now = new Date('2026-11-22T10:00:00Z');
const later = new Date('2026-12-22T10:00:00Z');
const earlier = new Date('2026-11-21T10:00:00Z');

describe('judgeRefreshToken', () => {
  it('rotates a live token', () => {
    expect(judgeRefreshToken({ expiresAt: later, revokedAt: null, replacedBy: null }, now)).toBe('rotate');
  });
  it('treats a rotated token as a replay, even when it was also revoked', () => {
    expect(judgeRefreshToken({ expiresAt: later, revokedAt: earlier, replacedBy: 'next-id' }, now)).toBe('reused');
  });
  it('refuses revoked, expired and unknown tokens', () => {
    expect(judgeRefreshToken({ expiresAt: later, revokedAt: earlier, replacedBy: null }, now)).toBe('revoked');
    expect(judgeRefreshToken({ expiresAt: now, revokedAt: null, replacedBy: null }, now)).toBe('expired');
    expect(judgeRefreshToken(null, now)).toBe('unknown');
  });
});
