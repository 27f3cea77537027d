import { Injectable } from '@nestjs/common';
import { GuestClaims, RpcCommand, RpcResponse, identityGuestTokenIssue } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { IdentityConfig } from '../../config';
import { KeyStore, SIGNING_ALG } from '../../infra/key-store';
import { ACCESS_TOKEN_AUDIENCE } from '../shared/session-issuer';

/**
 * Signs a guest's access token after invitations redeemed their link: same keys and audience as staff
 * tokens (the gateway verifies both with the JWKS), `typ: "guest"`, scoped to one session and participant.
 * Nothing is stored: revoking the invite removes the participant, which the session routes check.
 */
@Injectable()
export class IssueGuestTokenUseCase {
  constructor(
    private readonly keyStore: KeyStore,
    @InjectConfig() private readonly config: Pick<IdentityConfig, 'JWT_ISSUER' | 'GUEST_TOKEN_TTL_SECONDS'>,
  ) {}

  async execute(command: RpcCommand<typeof identityGuestTokenIssue>): Promise<RpcResponse<typeof identityGuestTokenIssue>> {
    const { kid, key } = this.keyStore.signingKey();
    const claims: Omit<GuestClaims, 'sub'> = { sid: command.sessionId, inv: command.inviteId, typ: 'guest' };
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'JWT' })
      .setSubject(command.participantId)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${this.config.GUEST_TOKEN_TTL_SECONDS}s`)
      .sign(key);
    return { accessToken, expiresIn: this.config.GUEST_TOKEN_TTL_SECONDS };
  }
}
