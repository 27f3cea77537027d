// Ringing, declining and the end of an emptied call, over the test stack's NATS, in a real started session.
import { Actor, RealtimePush } from '@passerelle/contracts';
import { NestWire, connectNestWire, sessionWithConnectedGuest, testStack, watchSubject } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';

const stack = testStack();

describe('ringing and declining a call', () => {
  let wire: NestWire;
  let socket: Socket | undefined;
  let sessionId: string;
  let staffActor: Actor;
  let guestActor: Actor;
  const request = (subject: string, data: unknown) => wire.request(subject, data);

  beforeAll(async () => {
    wire = await connectNestWire(stack.natsUrl, 'media-ringing-int-spec');
    const session = await sessionWithConnectedGuest(stack.gatewayUrl);
    ({ sessionId, staffActor, guestActor } = session);
    socket = session.guestSocket;
    expect((await session.requester.post(`/api/v1/sessions/${sessionId}/start`)).status).toBeLessThan(300);
  });

  afterAll(async () => {
    socket?.close();
    await wire?.close();
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
