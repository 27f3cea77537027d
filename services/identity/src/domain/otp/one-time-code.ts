import { randomInt } from 'node:crypto';

/** Wrong codes tolerated per challenge: the fifth wrong one locks it (sign in again for a new one). */
export const OTP_MAX_ATTEMPTS = 5;
/** Codes sent per challenge: the first and two resends. */
export const OTP_MAX_SENDS = 3;
export const OTP_DIGITS = 6;
/**
 * Sign-ins (challenges) an account may start per window: with 5 attempts each this caps guessing at
 * 50 codes per quarter hour even for someone who knows the password, whatever addresses they come from.
 */
export const OTP_MAX_CHALLENGES_PER_WINDOW = 10;
export const OTP_CHALLENGE_WINDOW_MS = 15 * 60_000;

/** Six digits from the operating system's cryptographic generator, leading zeros kept. */
export function newOneTimeCode(): string {
  return String(randomInt(0, 10 ** OTP_DIGITS)).padStart(OTP_DIGITS, '0');
}

/** What the rules need to know of a challenge. */
export interface ChallengeState {
  attempts: number;
  sends: number;
  expiresAt: Date;
  consumedAt: Date | null;
  lockedAt: Date | null;
}

/** Why a challenge takes no more codes, if it does not. */
export type ChallengeClosed = 'used' | 'locked' | 'expired';

export function closedReason(challenge: ChallengeState, now: Date): ChallengeClosed | null {
  if (challenge.consumedAt) return 'used';
  if (challenge.lockedAt || challenge.attempts >= OTP_MAX_ATTEMPTS) return 'locked';
  if (challenge.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

export type AttemptOutcome =
  | { outcome: 'accepted'; consumedAt: Date; attempts: number }
  | { outcome: 'wrong'; attempts: number; attemptsLeft: number; lockedAt: Date | null }
  | { outcome: 'closed'; reason: ChallengeClosed };

/**
 * Judges one code attempt. A closed challenge refuses even the right code; every attempt on an open
 * challenge counts, and the one that reaches the limit locks it.
 */
export function judgeAttempt(challenge: ChallengeState, codeMatches: boolean, now: Date): AttemptOutcome {
  const reason = closedReason(challenge, now);
  if (reason) return { outcome: 'closed', reason };
  const attempts = challenge.attempts + 1;
  if (codeMatches) return { outcome: 'accepted', consumedAt: now, attempts };
  const attemptsLeft = Math.max(0, OTP_MAX_ATTEMPTS - attempts);
  return { outcome: 'wrong', attempts, attemptsLeft, lockedAt: attemptsLeft === 0 ? now : null };
}

/** A new code may be sent while the challenge is open and under the send limit. */
export function canResend(challenge: ChallengeState, now: Date): boolean {
  return closedReason(challenge, now) === null && challenge.sends < OTP_MAX_SENDS;
}

/** `a***@clinic.test`: enough for the person to recognise their address, not enough to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `+2217*****67`: the country prefix and the last two digits. */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return '***';
  return `${phone.slice(0, 5)}${'*'.repeat(phone.length - 7)}${phone.slice(-2)}`;
}
