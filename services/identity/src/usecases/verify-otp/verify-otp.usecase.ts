import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, TokenPair, identityOtpVerify } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { type ChallengeClosed, judgeAttempt } from '../../domain/otp/one-time-code';
import { OtpChallengeEntity } from '../../infra/entities/otp-challenge.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { OtpCodeHasher } from '../../infra/otp-code-hasher';
import { SessionIssuer } from '../shared/session-issuer';

type Verdict = { pair: TokenPair } | { wrong: number } | { closed: ChallengeClosed };

/**
 * Second step of an external account's login. The challenge row is locked while judged, so parallel
 * guesses are counted one by one and cannot get past the attempt limit.
 */
@Injectable()
export class VerifyOtpUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: OtpCodeHasher,
    private readonly issuer: SessionIssuer,
  ) {}

  async execute(command: RpcCommand<typeof identityOtpVerify>): Promise<TokenPair> {
    // The attempt is committed before a refusal is thrown: a rolled-back count would not limit anything.
    const verdict = await this.dataSource.transaction(async (manager): Promise<Verdict> => {
      const challenges = manager.getRepository(OtpChallengeEntity);
      const challenge = await challenges.findOne({ where: { id: command.challengeId }, lock: { mode: 'pessimistic_write' } });
      if (!challenge) return { closed: 'used' };
      const matches = this.hasher.matches(challenge.id, command.code, challenge.codeHash);
      const outcome = judgeAttempt(challenge, matches, new Date());
      if (outcome.outcome === 'closed') return { closed: outcome.reason };
      if (outcome.outcome === 'wrong') {
        await challenges.update(challenge.id, { attempts: outcome.attempts, lockedAt: outcome.lockedAt });
        return { wrong: outcome.attemptsLeft };
      }
      await challenges.update(challenge.id, { attempts: outcome.attempts, consumedAt: outcome.consumedAt });
      const user = await manager.getRepository(StaffUserEntity).findOne({ where: { id: challenge.userId } });
      if (!user || user.status !== 'active') return { closed: 'used' };
      return { pair: (await this.issuer.issue(user, undefined, manager)).pair };
    });
    if ('pair' in verdict) return verdict.pair;
    if ('wrong' in verdict) {
      if (verdict.wrong === 0) throw locked();
      throw new DomainError(
        ErrorCode.INVALID_CREDENTIALS,
        `This code is not the right one: ${verdict.wrong} attempt${verdict.wrong === 1 ? '' : 's'} left`,
      );
    }
    if (verdict.closed === 'locked') throw locked();
    if (verdict.closed === 'expired') throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'This code has expired: sign in again');
    throw new DomainError(ErrorCode.TOKEN_INVALID, 'This sign-in is over: sign in again');
  }
}

function locked() {
  return new DomainError(ErrorCode.RATE_LIMITED, 'Too many wrong codes: this sign-in is locked, sign in again');
}
