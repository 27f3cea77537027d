import type { Actor } from '@passerelle/contracts';
import { JSONCodec, connect } from 'nats';

/** What a Nest NATS handler answers: the response, or the error body `{ code, message }`. */
export interface NestReply<T = unknown> {
  response?: T;
  err?: { code?: string; message?: string; issues?: Array<{ path: string; problem: string }> };
}

/**
 * Talks to a service over NATS exactly as another service would (Nest's request packet
 * `{ pattern, data, id }`), for integration tests of subjects the gateway does not expose as such.
 */
export async function connectNestWire(natsUrl: string, name: string) {
  const nc = await connect({ servers: natsUrl, name });
  const codec = JSONCodec<unknown>();
  return {
    nc,
    async request<T = unknown>(subject: string, data: unknown, timeoutMs = 10_000): Promise<NestReply<T>> {
      const reply = await nc.request(subject, codec.encode({ pattern: subject, data, id: '1' }), { timeout: timeoutMs });
      return codec.decode(reply.data) as NestReply<T>;
    },
    close: () => nc.drain(),
  };
}

/** The actor the gateway would build from an access token (the token is the stack's own, not verified here). */
export function actorFromAccessToken(token: string): Actor {
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (claims.typ === 'guest') {
    return { kind: 'guest', participantId: claims.sub as string, sessionId: claims.sid as string, inviteId: claims.inv as string };
  }
  return {
    kind: 'staff',
    userId: claims.sub as string,
    organisationId: claims.org as string,
    roles: claims.roles as Extract<Actor, { kind: 'staff' }>['roles'],
  };
}
