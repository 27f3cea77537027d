import { DomainError, identityJwks } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { GatewayConfig } from '../config';
import { AccessTokenVerifier } from './access-token-verifier';

const USER = '0f8f8e2a-7d0c-4c52-9d7a-1f6b7c2d3e4f';
const ORG = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const PARTICIPANT = '5b1e0c3a-2f4d-4e6a-8b7c-9d0e1f2a3b4c';
const SESSION = '6c2f1d4b-3a5e-4f7b-9c8d-0e1f2a3b4c5d';
const INVITE = '7d3a2e5c-4b6f-4a8c-8d9e-1f2a3b4c5d6e';
const config = { JWT_ISSUER: 'passerelle' } as GatewayConfig;

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } as JWK };
}

function sign(key: Awaited<ReturnType<typeof keyPair>>, claims: Record<string, unknown> = {}, expiresIn = '5m', issuer = 'passerelle') {
  return signClaims(key, { org: ORG, roles: ['requester'], typ: 'staff', ...claims }, USER, expiresIn, issuer);
}

/** A guest token as identity issues it: scoped to one session and one participant. */
function signGuest(key: Awaited<ReturnType<typeof keyPair>>, claims: Record<string, unknown> = {}) {
  return signClaims(key, { sid: SESSION, inv: INVITE, typ: 'guest', ...claims }, PARTICIPANT);
}

function signClaims(
  key: Awaited<ReturnType<typeof keyPair>>,
  claims: Record<string, unknown>,
  subject: string,
  expiresIn = '5m',
  issuer = 'passerelle',
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience('passerelle')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}

/** Identity's JWKS over NATS, faked strictly: only the JWKS subject is expected. */
function rpcServing(keys: JWK[]) {
  const calls: string[] = [];
  const rpc = {
    request: async (contract: { subject: string }) => {
      if (contract.subject !== identityJwks.subject) throw new Error(`unexpected RPC ${contract.subject}`);
      calls.push(contract.subject);
      return { keys };
    },
  };
  return { rpc: rpc as unknown as RpcClient, calls };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe('AccessTokenVerifier', () => {
  it('accepts a token signed by a published key and returns the principal', async () => {
    const key = await keyPair('k1');
    const { rpc, calls } = rpcServing([key.jwk]);
    const verifier = new AccessTokenVerifier(rpc, config);
    await expect(verifier.verify(await sign(key))).resolves.toEqual({
      kind: 'staff',
      userId: USER,
      organisationId: ORG,
      roles: ['requester'],
    });
    await verifier.verify(await sign(key));
    expect(calls).toHaveLength(1);
  });

  it('refuses expired, foreign-key, wrong-issuer, tampered and malformed tokens', async () => {
    const key = await keyPair('k1');
    const stranger = await keyPair('k1');
    const verifier = new AccessTokenVerifier(rpcServing([key.jwk]).rpc, config);
    const expired = await new SignJWT({ org: ORG, roles: ['requester'], typ: 'staff' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject(USER)
      .setIssuer('passerelle')
      .setAudience('passerelle')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key.privateKey);
    expect(await codeOf(verifier.verify(expired))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(verifier.verify(await sign(stranger)))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await sign(key, {}, '5m', 'someone-else')))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await sign(key, { roles: ['superuser'] })))).toBe('TOKEN_INVALID');
    const [header, payload, signature] = (await sign(key)).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['admin'] }),
    ).toString('base64url');
    expect(await codeOf(verifier.verify(`${header}.${forgedPayload}.${signature}`))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify('not.a.jwt'))).toBe('TOKEN_INVALID');
  });

  it('accepts a guest token and returns a guest principal scoped to its session', async () => {
    const key = await keyPair('k1');
    const verifier = new AccessTokenVerifier(rpcServing([key.jwk]).rpc, config);
    await expect(verifier.verify(await signGuest(key))).resolves.toEqual({
      kind: 'guest',
      participantId: PARTICIPANT,
      sessionId: SESSION,
      inviteId: INVITE,
    });
  });

  it('refuses tokens whose claims do not match their type', async () => {
    const key = await keyPair('k1');
    const verifier = new AccessTokenVerifier(rpcServing([key.jwk]).rpc, config);
    // A guest token claiming to be staff, a staff token claiming to be a guest, an unknown type, a missing session.
    expect(await codeOf(verifier.verify(await signGuest(key, { typ: 'staff' })))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await sign(key, { typ: 'guest' })))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await signGuest(key, { typ: 'admin' })))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await signGuest(key, { sid: undefined })))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await signGuest(key, { sid: 'not-a-uuid' })))).toBe('TOKEN_INVALID');
  });
});
