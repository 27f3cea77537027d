/** External accounts as the browser sees them (see libs/contracts identity/accounts.ts and terms.ts). */

export type OtpChannel = 'email' | 'sms';

/** What `POST /auth/login` answers an external account instead of a session: a code was sent. */
export interface OtpChallenge {
  challengeId: string;
  channel: OtpChannel;
  /** Masked address or number, e.g. `a***@clinic.test`. */
  sentTo: string;
  expiresIn: number;
  attemptsLeft: number;
  canResend: boolean;
}

export type AccountStatus = 'pending' | 'active' | 'refused' | 'disabled';
