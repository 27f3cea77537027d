import { accessClaimsSchema, guestClaimsSchema } from '@passerelle/contracts';
import { decodeProtectedHeader, generateKeyPair, jwtVerify } from 'jose';
import { KeyStore } from '../../infra/key-store';
import { IssueGuestTokenUseCase } from './issue-guest-token.usecase';

const command = {
  sessionId: '6f1c2a8e-51a4-4d0c-9d59-8f6d3b1c0a11',
  participantId: '0b7e4f3a-9c2d-4e8f-a1b2-c3d4e5f60718',
  inviteId: 'a3c9e1f2-7b6d-4c5e-8f90-1a2b3c4d5e6f',
};

async function setUp(ttl = 43200) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  // Strict fake: the use case may only ask for the signing key.
  const keyStore = { signingKey: () => ({ kid: 'test-kid', key: privateKey }) } as unknown as KeyStore;
  const useCase = new IssueGuestTokenUseCase(keyStore, { JWT_ISSUER: 'passerelle-test', GUEST_TOKEN_TTL_SECONDS: ttl });
  return { useCase, publicKey };
}

describe('IssueGuestTokenUseCase', () => {
  it('signs an ES256 guest token scoped to the session, participant and invite', async () => {
    const { useCase, publicKey } = await setUp();
    const { accessToken, expiresIn } = await useCase.execute(command);

    const { payload } = await jwtVerify(accessToken, publicKey, {
      issuer: 'passerelle-test',
      audience: 'passerelle',
      algorithms: ['ES256'],
    });
    expect(guestClaimsSchema.parse(payload)).toEqual({
      sub: command.participantId,
      sid: command.sessionId,
      inv: command.inviteId,
      typ: 'guest',
    });
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'ES256', kid: 'test-kid' });
    expect(expiresIn).toBe(43200);
    expect(payload.exp! - payload.iat!).toBe(43200);
  });

  it('can never pass for a staff token', async () => {
    const { useCase, publicKey } = await setUp(600);
    const { accessToken } = await useCase.execute(command);
    const { payload } = await jwtVerify(accessToken, publicKey);
    expect(accessClaimsSchema.safeParse(payload).success).toBe(false);
    expect(payload.exp! - payload.iat!).toBe(600);
  });
});
