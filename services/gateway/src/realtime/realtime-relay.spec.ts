import { Logger } from '@nestjs/common';
import { RealtimePush } from '@passerelle/contracts';
import { NatsConnectionHolder } from '@passerelle/nest-kit';
import { JSONCodec } from 'nats';
import { RealtimeRelay } from './realtime-relay';
import { SocketGateway } from './socket.gateway';

const codec = JSONCodec();
const SESSION = '6c2f1d4b-3a5e-4f7b-9c8d-0e1f2a3b4c5d';
const PARTICIPANT = '5b1e0c3a-2f4d-4e6a-8b7c-9d0e1f2a3b4c';

function relay() {
  const pushed: RealtimePush[] = [];
  const sockets = { push: async (push: RealtimePush) => void pushed.push(push) } as unknown as SocketGateway;
  return { relay: new RealtimeRelay({} as NatsConnectionHolder, sockets), pushed };
}

describe('RealtimeRelay', () => {
  it('hands pushes that match the contract to the sockets', async () => {
    const { relay: subject, pushed } = relay();
    const push = { rooms: ['user:x'], event: { type: 'session.guest-left', sessionId: SESSION, participantId: PARTICIPANT } };
    await subject.deliver(codec.encode(push));
    expect(pushed).toEqual([push]);
  });

  it('drops malformed pushes, logging where they broke the contract but not their content', async () => {
    const logged: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'warn').mockImplementation((entry: unknown) => void logged.push(entry));
    const { relay: subject, pushed } = relay();
    await subject.deliver(new TextEncoder().encode('not json'));
    await subject.deliver(codec.encode({ rooms: [], event: { type: 'session.guest-left', sessionId: SESSION, participantId: PARTICIPANT } }));
    await subject.deliver(codec.encode({ rooms: ['user:x'], event: { type: 'message.posted', sessionId: SESSION, text: 'Mme Dupont' } }));
    spy.mockRestore();
    expect(pushed).toEqual([]);
    expect(logged).toHaveLength(3);
    expect(JSON.stringify(logged)).not.toContain('Dupont');
  });
});
