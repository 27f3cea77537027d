import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, OtpChallenge, OtpChannel, notificationsSend } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { randomUUID } from 'node:crypto';
import { MoreThan, Repository } from 'typeorm';
import type { IdentityConfig } from '../../config';
import {
  OTP_CHALLENGE_WINDOW_MS,
  OTP_MAX_ATTEMPTS,
  OTP_MAX_CHALLENGES_PER_WINDOW,
  canResend,
  maskEmail,
  maskPhone,
  newOneTimeCode,
} from '../../domain/otp/one-time-code';
import { OtpChallengeEntity } from '../../infra/entities/otp-challenge.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { OtpCodeHasher } from '../../infra/otp-code-hasher';

/**
 * Creates login challenges and sends their codes through notifications. The code exists in clear only
 * in the message handed to notifications: never stored, logged or answered.
 */
@Injectable()
export class OtpChallenges {
  constructor(
    @InjectRepository(OtpChallengeEntity) private readonly challenges: Repository<OtpChallengeEntity>,
    private readonly hasher: OtpCodeHasher,
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: Pick<IdentityConfig, 'OTP_TTL_SECONDS'>,
  ) {}

  async start(user: StaffUserEntity, channel: OtpChannel): Promise<OtpChallenge> {
    const recent = await this.challenges.count({
      where: { userId: user.id, createdAt: MoreThan(new Date(Date.now() - OTP_CHALLENGE_WINDOW_MS)) },
    });
    if (recent >= OTP_MAX_CHALLENGES_PER_WINDOW) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many sign-ins for this account: wait a quarter of an hour');
    }
    const id = randomUUID();
    const code = newOneTimeCode();
    const challenge = await this.challenges.save(
      this.challenges.create({
        id,
        userId: user.id,
        codeHash: this.hasher.hash(id, code),
        channel: this.usableChannel(user, channel),
        attempts: 0,
        sends: 1,
        expiresAt: this.expiry(),
        consumedAt: null,
        lockedAt: null,
      }),
    );
    await this.send(user, challenge, code);
    return this.view(user, challenge);
  }

  /** A new code for the same challenge, maybe on the other channel; the attempts already used still count. */
  async resend(user: StaffUserEntity, challenge: OtpChallengeEntity, channel: OtpChannel): Promise<OtpChallenge> {
    const code = newOneTimeCode();
    const updated = await this.challenges
      .createQueryBuilder()
      .update()
      .set({
        codeHash: this.hasher.hash(challenge.id, code),
        channel: this.usableChannel(user, channel),
        sends: () => 'sends + 1',
        expiresAt: this.expiry(),
      })
      // Re-checked in SQL so two resends at once cannot exceed the limit.
      .where('id = :id AND sends = :sends AND consumed_at IS NULL AND locked_at IS NULL', { id: challenge.id, sends: challenge.sends })
      .returning('*')
      .execute();
    const row = updated.raw[0] as Record<string, unknown> | undefined;
    if (!row) throw new DomainError(ErrorCode.CONFLICT, 'A code was just sent: use the latest one');
    const fresh = this.challenges.create({
      ...challenge,
      channel: row.channel as OtpChannel,
      sends: Number(row.sends),
      expiresAt: new Date(row.expires_at as string),
    });
    await this.send(user, fresh, code);
    return this.view(user, fresh);
  }

  view(user: StaffUserEntity, challenge: OtpChallengeEntity): OtpChallenge {
    return {
      challengeId: challenge.id,
      channel: challenge.channel,
      sentTo: challenge.channel === 'sms' ? maskPhone(user.mobile ?? '') : maskEmail(user.email),
      expiresIn: Math.max(1, Math.round((challenge.expiresAt.getTime() - Date.now()) / 1000)),
      attemptsLeft: Math.max(0, OTP_MAX_ATTEMPTS - challenge.attempts),
      canResend: canResend(challenge, new Date()),
    };
  }

  private usableChannel(user: StaffUserEntity, channel: OtpChannel): OtpChannel {
    if (channel === 'sms' && !user.mobile) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'This account has no mobile number: choose e-mail', [
        { path: 'channel', problem: 'no_mobile' },
      ]);
    }
    return channel;
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.OTP_TTL_SECONDS * 1000);
  }

  private async send(user: StaffUserEntity, challenge: OtpChallengeEntity, code: string): Promise<void> {
    await this.rpc.request(notificationsSend, {
      idempotencyKey: `otp:${challenge.id}:${challenge.sends}`,
      channel: challenge.channel,
      to: challenge.channel === 'sms' ? user.mobile! : user.email,
      language: user.language,
      template: 'account-otp-code',
      variables: { firstName: user.displayName, code, minutes: String(Math.ceil(this.config.OTP_TTL_SECONDS / 60)) },
    });
  }
}
