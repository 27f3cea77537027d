import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, TokenPair } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { hashOpaqueToken } from '../../domain/opaque-token';
import { RefreshVerdict, judgeRefreshToken } from '../../domain/refresh-rotation';
import { RefreshTokenEntity } from '../../infra/entities/refresh-token.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { SessionIssuer } from '../shared/session-issuer';

export interface RefreshSessionCommand {
  refreshToken: string;
}

/**
 * Rotates a refresh token: the presented one is retired and a successor of the same family issued, in
 * one transaction holding the row lock, so two concurrent refreshes with one token cannot both succeed.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: SessionIssuer,
  ) {}

  async execute(command: RefreshSessionCommand): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<{ verdict: RefreshVerdict; pair?: TokenPair }> => {
      const tokens = manager.getRepository(RefreshTokenEntity);
      const stored = await tokens.findOne({
        where: { tokenHash: hashOpaqueToken(command.refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      const verdict = judgeRefreshToken(stored, now);
      if (verdict === 'reused' && stored) {
        await tokens
          .createQueryBuilder()
          .update()
          .set({ revokedAt: now })
          .where('family_id = :family AND revoked_at IS NULL', { family: stored.familyId })
          .execute();
        return { verdict };
      }
      if (verdict !== 'rotate' || !stored) return { verdict };

      const user = await manager.getRepository(StaffUserEntity).findOne({ where: { id: stored.userId } });
      if (!user || user.status !== 'active') return { verdict: 'revoked' };
      const next = await this.issuer.issue(user, stored.familyId, manager);
      await tokens.update({ id: stored.id }, { revokedAt: now, replacedBy: next.refreshTokenId });
      return { verdict, pair: next.pair };
    });

    if (outcome.verdict === 'expired') throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'The session has expired');
    if (!outcome.pair) throw new DomainError(ErrorCode.TOKEN_INVALID, 'The session is no longer valid');
    return outcome.pair;
  }
}
