import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, accessClaimsSchema, guestClaimsSchema, identityJwks } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { JSONWebKeySet, JWTPayload, createLocalJWKSet, errors, jwtVerify } from 'jose';
import { GatewayConfig } from '../config';
import { Principal } from './principal';

const JWKS_MAX_AGE_MS = 10 * 60 * 1000;
const JWKS_MIN_REFETCH_MS = 30 * 1000;

/**
 * Verifies access tokens against identity's JWKS, fetched over NATS and cached. An unknown key id
 * triggers one refetch (key rotation), at most every 30 s so forged tokens cannot hammer identity.
 * Staff and guest tokens share keys, issuer and audience; the `typ` claim says which claims to expect.
 */
@Injectable()
export class AccessTokenVerifier {
  private jwks?: { set: ReturnType<typeof createLocalJWKSet>; kids: Set<string>; fetchedAt: number };

  constructor(
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: GatewayConfig,
  ) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.keysFor(token);
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.config.JWT_ISSUER,
        audience: 'passerelle',
        algorithms: ['ES256'],
      });
      return principalOf(payload);
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'The access token has expired');
      throw new DomainError(ErrorCode.TOKEN_INVALID, 'The access token is not valid');
    }
  }

  private async keysFor(token: string) {
    const kid = headerKid(token);
    const now = Date.now();
    const stale = !this.jwks || now - this.jwks.fetchedAt > JWKS_MAX_AGE_MS;
    const unknownKid = kid !== undefined && this.jwks && !this.jwks.kids.has(kid);
    if (stale || (unknownKid && now - this.jwks!.fetchedAt > JWKS_MIN_REFETCH_MS)) {
      const { keys } = await this.rpc.request(identityJwks, {});
      this.jwks = {
        set: createLocalJWKSet({ keys } as JSONWebKeySet),
        kids: new Set(keys.map((k) => k.kid)),
        fetchedAt: now,
      };
    }
    return this.jwks!.set;
  }
}

/** Throws (→ TOKEN_INVALID) unless the claims are exactly those of one token type. */
function principalOf(payload: JWTPayload): Principal {
  if (payload.typ === 'guest') {
    const claims = guestClaimsSchema.parse(payload);
    return { kind: 'guest', participantId: claims.sub, sessionId: claims.sid, inviteId: claims.inv };
  }
  const claims = accessClaimsSchema.parse(payload);
  return { kind: 'staff', userId: claims.sub, organisationId: claims.org, roles: claims.roles };
}

function headerKid(token: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    return typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}
