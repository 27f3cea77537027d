import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectConfig } from '@passerelle/nest-kit';
import { TokenPair } from '@passerelle/contracts';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { IdentityConfig } from '../../config';
import { hashOpaqueToken, newOpaqueToken } from '../../domain/opaque-token';
import { RefreshTokenEntity } from '../../infra/entities/refresh-token.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { KeyStore, SIGNING_ALG } from '../../infra/key-store';

export const ACCESS_TOKEN_AUDIENCE = 'passerelle';

/** Issues an access token and a new refresh token of the given family (a new family on login). */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly keyStore: KeyStore,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
    @InjectConfig() private readonly config: IdentityConfig,
  ) {}

  async issue(
    user: StaffUserEntity,
    familyId: string = randomUUID(),
    manager?: EntityManager,
  ): Promise<{ pair: TokenPair; refreshTokenId: string }> {
    const { kid, key } = this.keyStore.signingKey();
    const accessToken = await new SignJWT({ org: user.organisationId, roles: user.roles, typ: 'staff' })
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${this.config.ACCESS_TOKEN_TTL_SECONDS}s`)
      .sign(key);

    const refreshToken = newOpaqueToken();
    const repository = manager ? manager.getRepository(RefreshTokenEntity) : this.refreshTokens;
    const stored = await repository.save(
      repository.create({
        userId: user.id,
        familyId,
        tokenHash: hashOpaqueToken(refreshToken),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        revokedAt: null,
        replacedBy: null,
      }),
    );
    return {
      refreshTokenId: stored.id,
      pair: {
        accessToken,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
        refreshToken,
        refreshExpiresIn: this.config.REFRESH_TOKEN_TTL_SECONDS,
        user: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          roles: user.roles,
          organisationId: user.organisationId,
        },
      },
    };
  }
}
