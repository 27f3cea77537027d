import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { hashOpaqueToken } from '../../domain/opaque-token';
import { RefreshTokenEntity } from '../../infra/entities/refresh-token.entity';

/** Revokes every token of the presented token's family: that login is over on this device. */
@Injectable()
export class LogoutUseCase {
  constructor(@InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>) {}

  async execute(command: { refreshToken: string }): Promise<{ revoked: boolean }> {
    const stored = await this.tokens.findOne({ where: { tokenHash: hashOpaqueToken(command.refreshToken) } });
    if (!stored) return { revoked: false };
    const result = await this.tokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return { revoked: (result.affected ?? 0) > 0 };
  }
}
