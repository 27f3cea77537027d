// Call signalling of the media service over the test stack's NATS, against a real session set up through
// the gateway's HTTP API (invite → join → start), with the actors the gateway would build from tokens.
import { Actor, RealtimePush, mediaCallJoin, mediaTransportCreate } from '@passerelle/contracts';
import { ApiClient, NestWire, connectNestWire, eventually, sessionWithConnectedGuest, testStack, watchSubject } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';

const stack = testStack();

describe('media call signalling over NATS', () => {
  let wire: NestWire;
  let guestSocket: Socket;
  let sessionId: string;
  let requester: ApiClient;
  let staffActor: Actor;
  let guestActor: Actor;
  const request = (subject: string, data: unknown) => wire.request(subject, data);

  beforeAll(async () => {
    wire = await connectNestWire(stack.natsUrl, 'media-call-int-spec');
    // The session can start only while its guest is present (connected to the session room).
    ({ sessionId, requester, guestSocket, staffActor, guestActor } = await sessionWithConnectedGuest(stack.gatewayUrl));
  });

  afterAll(async () => {
    guestSocket?.close();
    await wire?.close();
  });

  it('refuses a call before the session is started', async () => {
    const reply = await request('media.call.join.v1', { actor: staffActor, sessionId, connectionId: 'conn-early' });
    expect(reply.err).toMatchObject({ code: 'CONFLICT' });
  });

  it('gives router capabilities and transports to participants only, then ends with the session', async () => {
    expect((await requester.post(`/api/v1/sessions/${sessionId}/start`)).status).toBeLessThan(300);

    // A guest of another invite (not a participant) is refused, and so is a guest acting for this session's call from another session.
    const stranger = { ...guestActor, participantId: randomUUID(), inviteId: randomUUID() };
    const refused = await request('media.call.join.v1', { actor: stranger, sessionId, connectionId: 'conn-stranger' });
    expect(refused.response).toBeUndefined();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.err?.code);
    const refusedTransport = await request('media.transport.create.v1', {
      actor: stranger,
      sessionId,
      connectionId: 'conn-stranger',
      direction: 'send',
    });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refusedTransport.err?.code);

    // Both participants get the same router's capabilities (Opus and VP8).
    const [staffJoin, guestJoin] = await Promise.all([
      request('media.call.join.v1', { actor: staffActor, sessionId, connectionId: 'conn-staff' }),
      request('media.call.join.v1', { actor: guestActor, sessionId, connectionId: 'conn-guest' }),
    ]);
    expect(staffJoin.err).toBeUndefined();
    expect(guestJoin.err).toBeUndefined();
    const capabilities = mediaCallJoin.response.parse(staffJoin.response).routerRtpCapabilities;
    expect(mediaCallJoin.response.parse(guestJoin.response).routerRtpCapabilities).toEqual(capabilities);
    const mimeTypes = (capabilities.codecs ?? []).map((c) => (c as { mimeType: string }).mimeType);
    expect(mimeTypes).toEqual(expect.arrayContaining(['audio/opus', 'video/VP8']));

    // A transport on the announced address; another actor cannot use this connection's peer.
    const transport = await request('media.transport.create.v1', { actor: guestActor, sessionId, connectionId: 'conn-guest', direction: 'recv' });
    expect(transport.err).toBeUndefined();
    const options = mediaTransportCreate.response.parse(transport.response);
    expect(options.iceCandidates.length).toBeGreaterThan(0);
    expect(options.iceCandidates.map((c) => (c as { ip: string }).ip)).toContain('127.0.0.1');
    expect((options.dtlsParameters as { fingerprints: unknown[] }).fingerprints.length).toBeGreaterThan(0);
    const hijack = await request('media.transport.create.v1', { actor: staffActor, sessionId, connectionId: 'conn-guest', direction: 'send' });
    expect(hijack.err).toMatchObject({ code: 'FORBIDDEN' });

    // Closing the session closes the room: its peers are told, and nobody can join again.
    const pushes = await watchSubject<RealtimePush>(stack.natsUrl, 'rt.push.v1');
    try {
      const closed = await requester.post<{ status: string }>(`/api/v1/sessions/${sessionId}/terminate`, { mode: 'close' });
      expect(closed.body.status).toBe('closed');
      const ended = await pushes.next((p) => p.event.type === 'call.ended' && p.event.sessionId === sessionId);
      expect(ended).toMatchObject({ rooms: [`session:${sessionId}`], event: { reason: 'session-closed' } });
    } finally {
      await pushes.close();
    }
    const resume = await request('media.consumer.resume.v1', { actor: guestActor, sessionId, connectionId: 'conn-guest', consumerId: 'x' });
    expect(resume.err).toMatchObject({ code: 'CONFLICT' });
    const rejoin = await request('media.call.join.v1', { actor: staffActor, sessionId, connectionId: 'conn-staff' });
    expect(rejoin.err?.code).toBe('CONFLICT');

    // The thread records the call: started when the first participant entered, ended with the session.
    const events = await eventually(async () => {
      const thread = await requester.get<{ items: Array<{ event: { type: string; data: Record<string, unknown> } | null }> }>(
        `/api/v1/sessions/${sessionId}/messages`,
      );
      const calls = thread.body.items.filter((m) => m.event?.type.startsWith('call_')).map((m) => m.event!);
      return calls.length === 2 ? calls : undefined;
    }, 'the call events in the thread');
    expect(events[0]).toEqual({ type: 'call_started', data: {} });
    expect(events[1]).toMatchObject({ type: 'call_ended', data: { reason: 'session-closed', durationSeconds: expect.any(Number) } });
  });
});
