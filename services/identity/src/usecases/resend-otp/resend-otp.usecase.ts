import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, OtpChallenge, RpcCommand, identityOtpResend } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { OTP_MAX_SENDS, closedReason } from '../../domain/otp/one-time-code';
import { OtpChallengeEntity } from '../../infra/entities/otp-challenge.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { OtpChallenges } from '../shared/otp-challenges';

/** Sends a fresh code for an open challenge, on the channel the person picks now. */
@Injectable()
export class ResendOtpUseCase {
  constructor(
    @InjectRepository(OtpChallengeEntity) private readonly challenges: Repository<OtpChallengeEntity>,
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
    private readonly otp: OtpChallenges,
  ) {}

  async execute(command: RpcCommand<typeof identityOtpResend>): Promise<OtpChallenge> {
    const challenge = await this.challenges.findOne({ where: { id: command.challengeId } });
    const user = challenge && (await this.users.findOne({ where: { id: challenge.userId, status: 'active' } }));
    if (!challenge || !user) throw new DomainError(ErrorCode.TOKEN_INVALID, 'This sign-in is over: sign in again');
    const closed = closedReason(challenge, new Date());
    if (closed === 'locked') throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many wrong codes: this sign-in is locked, sign in again');
    if (closed) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'This sign-in is over: sign in again');
    if (challenge.sends >= OTP_MAX_SENDS) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `No more than ${OTP_MAX_SENDS} codes per sign-in: sign in again`);
    }
    return this.otp.resend(user, challenge, command.channel);
  }
}
