import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, LoginOutcome, loginRequestSchema } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { z } from 'zod';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/password-hasher';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { OtpChallenges } from '../shared/otp-challenges';
import { SessionIssuer } from '../shared/session-issuer';

export type LoginCommand = z.output<typeof loginRequestSchema>;

/**
 * Password login of staff. Unknown e-mail and wrong password are indistinguishable, in answer and in time.
 * External (self-registered) accounts then need a one-time code: they get a challenge, not a session.
 */
@Injectable()
export class LoginUseCase {
  private decoyHash?: Promise<string>;

  constructor(
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly issuer: SessionIssuer,
    private readonly otp: OtpChallenges,
  ) {}

  async execute(command: LoginCommand): Promise<LoginOutcome> {
    const user = await this.users.findOne({ where: { email: command.email } });
    if (!user?.passwordHash) {
      this.decoyHash ??= this.hasher.hash('decoy password that matches nothing');
      await this.hasher.verify(await this.decoyHash, command.password);
      throw invalidCredentials();
    }
    if (!(await this.hasher.verify(user.passwordHash, command.password))) throw invalidCredentials();
    if (user.status !== 'active') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'This account is not active yet or has been disabled');
    }
    if (user.external) {
      return { outcome: 'otp-required', challenge: await this.otp.start(user, user.otpChannel ?? 'email') };
    }
    return { outcome: 'session', session: (await this.issuer.issue(user)).pair };
  }
}

function invalidCredentials() {
  return new DomainError(ErrorCode.INVALID_CREDENTIALS, 'E-mail or password is incorrect');
}
