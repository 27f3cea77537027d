import { Actor, DomainError, mediaCallEnd, mediaCallJoin, mediaCallLeave, mediaCallSetAudioOnly, mediaTransportCreate } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { CallSignallingRelay } from './call-signalling-relay';

const SESSION_A = '6c2f1d4b-3a5e-4f7b-9c8d-0e1f2a3b4c5d';
const SESSION_B = '8e4b3f6d-5c7a-4b9d-8e0f-2a3b4c5d6e7f';
const guest: Actor = {
  kind: 'guest',
  participantId: '5b1e0c3a-2f4d-4e6a-8b7c-9d0e1f2a3b4c',
  sessionId: SESSION_A,
  inviteId: '7d3a2e5c-4b6f-4a8c-8d9e-1f2a3b4c5d6e',
};

function mediaFake(refuse?: DomainError) {
  const calls: Array<{ subject: string; payload: Record<string, unknown> }> = [];
  const rpc = {
    request: async (contract: { subject: string }, payload: Record<string, unknown>) => {
      calls.push({ subject: contract.subject, payload });
      if (refuse) throw refuse;
      return { answered: contract.subject };
    },
  };
  return { rpc: rpc as unknown as RpcClient, calls };
}

describe('CallSignallingRelay', () => {
  it('adds the socket’s actor and id to what it forwards to media, never what the client claims', async () => {
    const media = mediaFake();
    const relay = new CallSignallingRelay(media.rpc);
    const answer = await relay.handle({ id: 'socket-1', actor: guest }, { op: 'create-transport', sessionId: SESSION_A, direction: 'send' });

    expect(answer).toEqual({ answered: mediaTransportCreate.subject });
    expect(media.calls).toEqual([
      { subject: mediaTransportCreate.subject, payload: { actor: guest, sessionId: SESSION_A, connectionId: 'socket-1', direction: 'send' } },
    ]);
  });

  it('refuses malformed messages and a guest acting in another session, without asking media', async () => {
    const media = mediaFake();
    const relay = new CallSignallingRelay(media.rpc);
    const socket = { id: 'socket-1', actor: guest };

    await expect(relay.handle(socket, { op: 'join', sessionId: SESSION_A, connectionId: 'someone-else' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(relay.handle(socket, { op: 'explode', sessionId: SESSION_A })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(relay.handle(socket, { op: 'join', sessionId: SESSION_B })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(media.calls).toEqual([]);
  });

  it('leaves the calls a socket joined when it disconnects, and only those', async () => {
    const media = mediaFake();
    const relay = new CallSignallingRelay(media.rpc);
    const socket = { id: 'socket-1', actor: guest };
    await relay.handle(socket, { op: 'join', sessionId: SESSION_A });
    await relay.disconnected(socket);
    await relay.disconnected(socket);

    expect(media.calls.map((c) => c.subject)).toEqual([mediaCallJoin.subject, mediaCallLeave.subject]);
    expect(media.calls[1]!.payload).toEqual({ actor: guest, sessionId: SESSION_A, connectionId: 'socket-1' });
  });

  it('relays a hang-up (the end of the call for everyone) and audio only, and a hung-up socket leaves nothing on disconnect', async () => {
    const media = mediaFake();
    const relay = new CallSignallingRelay(media.rpc);
    const socket = { id: 'socket-1', actor: guest };
    await relay.handle(socket, { op: 'join', sessionId: SESSION_A });
    await relay.handle(socket, { op: 'set-audio-only', sessionId: SESSION_A, audioOnly: true });
    await relay.handle(socket, { op: 'end', sessionId: SESSION_A });
    await relay.disconnected(socket);

    const peer = { actor: guest, sessionId: SESSION_A, connectionId: 'socket-1' };
    expect(media.calls).toEqual([
      { subject: mediaCallJoin.subject, payload: peer },
      { subject: mediaCallSetAudioOnly.subject, payload: { ...peer, audioOnly: true } },
      { subject: mediaCallEnd.subject, payload: peer },
    ]);
  });

  it('passes media’s refusal on, and remembers no call it refused', async () => {
    const media = mediaFake(new DomainError('FORBIDDEN', 'no'));
    const relay = new CallSignallingRelay(media.rpc);
    const socket = { id: 'socket-1', actor: guest };
    await expect(relay.handle(socket, { op: 'join', sessionId: SESSION_A })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await relay.disconnected(socket);
    expect(media.calls.map((c) => c.subject)).toEqual([mediaCallJoin.subject]);
  });
});
