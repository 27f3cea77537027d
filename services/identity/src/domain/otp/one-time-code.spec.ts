import {
  OTP_MAX_ATTEMPTS,
  OTP_MAX_SENDS,
  type ChallengeState,
  canResend,
  judgeAttempt,
  maskEmail,
  maskPhone,
  newOneTimeCode,
} from './one-time-code';

const now = new Date('2026-12-01T10:00:00Z');
const open = (overrides: Partial<ChallengeState> = {}): ChallengeState => ({
  attempts: 0,
  sends: 1,
  expiresAt: new Date(now.getTime() + 60_000),
  consumedAt: null,
  lockedAt: null,
  ...overrides,
});

describe('newOneTimeCode', () => {
  it('is always six digits, leading zeros kept', () => {
    for (let i = 0; i < 2000; i += 1) expect(newOneTimeCode()).toMatch(/^[0-9]{6}$/);
  });

  it('spreads over the whole range (a fixed or narrow generator would repeat)', () => {
    const codes = new Set(Array.from({ length: 2000 }, newOneTimeCode));
    expect(codes.size).toBeGreaterThan(1990);
    const firstDigits = new Set([...codes].map((code) => code[0]));
    expect(firstDigits.size).toBe(10);
  });
});

describe('judgeAttempt', () => {
  it('accepts the right code on an open challenge and counts the attempt', () => {
    expect(judgeAttempt(open({ attempts: 2 }), true, now)).toEqual({ outcome: 'accepted', consumedAt: now, attempts: 3 });
  });

  it('counts wrong codes and locks on the fifth', () => {
    let state = open();
    const outcomes = [];
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i += 1) {
      const outcome = judgeAttempt(state, false, now);
      if (outcome.outcome !== 'wrong') throw new Error(`attempt ${i + 1}: ${outcome.outcome}`);
      outcomes.push(outcome.attemptsLeft);
      state = { ...state, attempts: outcome.attempts, lockedAt: outcome.lockedAt };
    }
    expect(outcomes).toEqual([4, 3, 2, 1, 0]);
    expect(state.lockedAt).toEqual(now);
    expect(judgeAttempt(state, true, now)).toEqual({ outcome: 'closed', reason: 'locked' });
  });

  it('refuses the right code once expired, or once used', () => {
    expect(judgeAttempt(open({ expiresAt: now }), true, now)).toEqual({ outcome: 'closed', reason: 'expired' });
    expect(judgeAttempt(open({ consumedAt: new Date(now.getTime() - 1000) }), true, now)).toEqual({ outcome: 'closed', reason: 'used' });
  });

  it('treats a challenge at the attempt limit as locked even without a lock date', () => {
    expect(judgeAttempt(open({ attempts: OTP_MAX_ATTEMPTS }), true, now)).toEqual({ outcome: 'closed', reason: 'locked' });
  });
});

describe('canResend', () => {
  it('allows resends up to the limit on an open challenge only', () => {
    expect(canResend(open({ sends: OTP_MAX_SENDS - 1 }), now)).toBe(true);
    expect(canResend(open({ sends: OTP_MAX_SENDS }), now)).toBe(false);
    expect(canResend(open({ lockedAt: now }), now)).toBe(false);
    expect(canResend(open({ expiresAt: new Date(now.getTime() - 1) }), now)).toBe(false);
  });
});

describe('masks', () => {
  it('keeps only what lets the person recognise their address', () => {
    expect(maskEmail('awa.ndiaye@clinic.test')).toBe('a***@clinic.test');
    expect(maskPhone('+221771234567')).toBe('+2217******67');
  });
});
