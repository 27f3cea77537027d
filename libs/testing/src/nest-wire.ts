import type { Actor, RpcContract, RpcRequest, RpcResponse } from '@passerelle/contracts';
import { JSONCodec, connect } from 'nats';
import { randomUUID } from 'node:crypto';

/** The error body a Nest NATS handler answers with: `{ code, message, issues? }`. */
export interface NestRefusal {
  code?: string;
  message?: string;
  issues?: Array<{ path: string; problem: string }>;
}

/** What a Nest NATS handler answers: the response, or the error body. */
export interface NestReply<T = unknown> {
  response?: T;
  err?: NestRefusal;
}

/**
 * Talks to a service over NATS exactly as another service would (Nest's request packet
 * `{ pattern, data, id }`), for integration tests of subjects the gateway does not expose as such.
 * `request` gives the raw reply; `ok` and `refused` state which outcome the test expects.
 */
export async function connectNestWire(natsUrl: string, name: string, timeoutMs = 10_000) {
  const nc = await connect({ servers: natsUrl, name });
  const codec = JSONCodec<unknown>();
  const request = async <T = unknown>(subject: string, data: unknown, timeout = timeoutMs): Promise<NestReply<T>> => {
    const reply = await nc.request(subject, codec.encode({ pattern: subject, data, id: randomUUID() }), { timeout });
    return codec.decode(reply.data) as NestReply<T>;
  };
  return {
    nc,
    request,
    /** The answer, parsed by the contract; a refusal fails the test with its code. */
    async ok<C extends RpcContract>(contract: C, data: RpcRequest<C>): Promise<RpcResponse<C>> {
      const reply = await request(contract.subject, data);
      if (reply.err) throw new Error(`${contract.subject} refused: ${JSON.stringify(reply.err)}`);
      return contract.response.parse(reply.response) as RpcResponse<C>;
    },
    /** The refusal; the test fails if the request is answered. Takes any data, to send what a contract forbids. */
    async refused(contract: RpcContract, data: unknown): Promise<NestRefusal> {
      const reply = await request(contract.subject, data);
      if (!reply.err) throw new Error(`${contract.subject} was expected to refuse but answered`);
      return reply.err;
    },
    close: () => nc.drain(),
  };
}

export type NestWire = Awaited<ReturnType<typeof connectNestWire>>;

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
