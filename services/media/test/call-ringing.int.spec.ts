// Ringing, declining and the end of an emptied call, over the test stack's NATS, in a real started session.
import { Actor, RealtimePush } from '@passerelle/contracts';
import { ApiClient, DEMO_ACCOUNTS, joinTokenIn, nextEmitted, outboxMessageTo, testStack, watchSubject } from '@passerelle/testing';
import { randomInt, randomUUID } from 'node:crypto';
import { JSONCodec, NatsConnection, connect } from 'nats';
import { Socket, io } from 'socket.io-client';

const stack = testStack();
const codec = JSONCodec<unknown>();

interface NestReply {
  response?: unknown;
  err?: { code?: string };
}

function actorFromToken(token: string): Actor {
  const c = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (c.typ === 'guest') {
    return { kind: 'guest', participantId: c.sub as string, sessionId: c.sid as string, inviteId: c.inv as string };
  }
  return { kind: 'staff', userId: c.sub as string, organisationId: c.org as string, roles: c.roles as Actor extends { roles: infer R } ? R : never };
}

describe('ringing and declining a call', () => {
  let nc: NatsConnection;
  let socket: Socket | undefined;
  let sessionId: string;
  let staffActor: Actor;
  let guestActor: Actor;

  async function request(subject: string, data: unknown): Promise<NestReply> {
    const reply = await nc.request(subject, codec.encode({ pattern: subject, data, id: '1' }), { timeout: 10_000 });
    return codec.decode(reply.data) as NestReply;
  }

  beforeAll(async () => {
    nc = await connect({ servers: stack.natsUrl, name: 'media-ringing-int-spec' });
    const requester = new ApiClient(stack.gatewayUrl);
    await requester.login(DEMO_ACCOUNTS.requester);
    const phone = `+22177${randomInt(1_000_000, 9_999_999)}`;
    const created = await requester.post<{ sessionId: string }>('/api/v1/invites', {
      kind: 'remote',
      invitee: { firstName: 'Test', lastName: 'Ring', language: 'en', channel: 'sms', phone },
    });
    sessionId = created.body.sessionId;
    const token = joinTokenIn(await outboxMessageTo(stack.gatewayUrl, phone));
    const joined = await new ApiClient(stack.gatewayUrl).post<{ accessToken: string }>('/api/v1/join', { token, acceptTerms: true });
    socket = io(stack.gatewayUrl, { path: '/ws', auth: { token: joined.body.accessToken }, transports: ['websocket'] });
    await nextEmitted(socket, 'ready');
    await new Promise((resolve) => socket!.emit('session:join', { sessionId }, resolve));
    guestActor = actorFromToken(joined.body.accessToken);
    staffActor = actorFromToken(requester.accessToken!);
    expect((await requester.post(`/api/v1/sessions/${sessionId}/start`)).status).toBeLessThan(300);
  });

  afterAll(async () => {
    socket?.close();
    await nc?.drain();
  });

  it('rings the session when the first one joins, tells the caller of a decline, and ends when the room empties', async () => {
    const pushes = await watchSubject<RealtimePush>(stack.natsUrl, 'rt.push.v1');
    try {
      expect((await request('media.call.join.v1', { actor: staffActor, sessionId, connectionId: 'conn-caller' })).err).toBeUndefined();
      const ringing = await pushes.next((p) => p.event.type === 'call.ringing' && p.event.sessionId === sessionId);
      expect(ringing).toEqual({ rooms: [`session:${sessionId}`], event: { type: 'call.ringing', sessionId, connectionId: 'conn-caller' } });

      // A stranger cannot decline (nor learn anything); the rung guest can.
      const stranger = { ...guestActor, participantId: randomUUID(), inviteId: randomUUID() };
      const refused = await request('media.call.leave.v1', { actor: stranger, sessionId, connectionId: 'conn-stranger' });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.err?.code);
      const declined = await request('media.call.leave.v1', { actor: guestActor, sessionId, connectionId: 'conn-guest' });
      expect(declined.response).toEqual({ left: false });
      const told = await pushes.next((p) => p.event.type === 'call.declined' && p.event.sessionId === sessionId);
      expect(told.event).toEqual({ type: 'call.declined', sessionId, connectionId: 'conn-guest' });

      // The caller hangs up alone: the call is over for those still rung.
      expect((await request('media.call.leave.v1', { actor: staffActor, sessionId, connectionId: 'conn-caller' })).response).toEqual({ left: true });
      const ended = await pushes.next((p) => p.event.type === 'call.ended' && p.event.sessionId === sessionId);
      expect(ended.event).toEqual({ type: 'call.ended', sessionId, reason: 'empty' });

      // With no call running, a leave is a no-op: nobody is told anything.
      expect((await request('media.call.leave.v1', { actor: guestActor, sessionId, connectionId: 'conn-guest' })).response).toEqual({ left: false });
    } finally {
      await pushes.close();
    }
  });
});
