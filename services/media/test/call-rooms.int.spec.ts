// CallRooms on real mediasoup workers: one room per session under concurrent joins, peers bound to their
// actor, cascading close of a peer's transports, and the call's end when its room closes or its worker dies.
import { Actor } from '@passerelle/contracts';
import { once } from 'node:events';
import { CallRooms } from '../src/infra/mediasoup/call-rooms';
import { RoomRegistry } from '../src/infra/mediasoup/room-registry';
import { MediasoupWorkerPool } from '../src/infra/mediasoup/worker-pool';

const SESSION = '3f0c1e7a-5b2d-4c8e-9a1f-2b3c4d5e6f70';
const staff: Actor = {
  kind: 'staff',
  userId: '0f8f8e2a-7d0c-4c52-9d7a-1f6b7c2d3e4f',
  organisationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  roles: ['requester'],
};
const guest: Actor = {
  kind: 'guest',
  participantId: '5b1e0c3a-2f4d-4e6a-8b7c-9d0e1f2a3b4c',
  sessionId: SESSION,
  inviteId: '7d3a2e5c-4b6f-4a8c-8d9e-1f2a3b4c5d6e',
};

describe('CallRooms (real workers)', () => {
  let pool: MediasoupWorkerPool;
  let registry: RoomRegistry;
  let calls: CallRooms;

  beforeEach(async () => {
    pool = new MediasoupWorkerPool();
    await pool.start({ numWorkers: 2, rtcMinPort: 40200, rtcMaxPort: 40300, logLevel: 'none' });
    registry = new RoomRegistry(pool);
    calls = new CallRooms(registry);
  });

  afterEach(() => pool.close());

  it('puts two participants joining at once in one room, and starts the call once', async () => {
    const started = jest.fn();
    calls.on('callStarted', started);
    const [a, b] = await Promise.all([
      calls.join(SESSION, 'socket-staff', 'staff:1', staff),
      calls.join(SESSION, 'socket-guest', 'guest:1', guest),
    ]);
    expect(a.router).toBe(b.router);
    expect(calls.peerCount(SESSION)).toBe(2);
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('binds a peer to the actor who opened it', async () => {
    await calls.join(SESSION, 'socket-guest', 'guest:1', guest);
    expect(() => calls.peer(SESSION, 'socket-guest', 'staff:1')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    await expect(calls.join(SESSION, 'socket-guest', 'staff:1', staff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(() => calls.peer(SESSION, 'socket-unknown', 'guest:1')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('closes what a leaving peer opened, and ends the call with the last one out', async () => {
    const { router } = await calls.join(SESSION, 'socket-staff', 'staff:1', staff);
    await calls.join(SESSION, 'socket-guest', 'guest:1', guest);
    const { peer } = calls.peer(SESSION, 'socket-guest', 'guest:1');
    const transport = await router.createWebRtcTransport({ listenIps: [{ ip: '127.0.0.1' }] });
    peer.transports.set(transport.id, transport);

    expect(calls.leave(SESSION, 'socket-guest', 'guest:1')).toEqual({ left: true, empty: false });
    expect(transport.closed).toBe(true);
    expect(calls.leave(SESSION, 'socket-staff', 'staff:1')).toEqual({ left: true, empty: true });

    const ended = once(calls, 'callEnded');
    await registry.closeRoom(SESSION);
    const [event] = await ended;
    expect(event).toMatchObject({ sessionId: SESSION, actor: staff, reason: 'closed', durationSeconds: expect.any(Number) });
  });

  it('lets only a peer in the call hang up for everyone, and writes the end for the one who did', async () => {
    await calls.join(SESSION, 'socket-staff', 'staff:1', staff);
    await calls.join(SESSION, 'socket-guest', 'guest:1', guest);
    expect(() => calls.hangUp(SESSION, 'socket-elsewhere', 'guest:1')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => calls.hangUp(SESSION, 'socket-guest', 'staff:1')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));

    calls.hangUp(SESSION, 'socket-guest', 'guest:1');
    const ended = once(calls, 'callEnded');
    await registry.closeRoom(SESSION);
    const [event] = await ended;
    expect(event).toMatchObject({ sessionId: SESSION, actor: guest, reason: 'closed' });
    expect(calls.peerCount(SESSION)).toBe(0);
  });

  it('ends the call when its worker dies, and the session can call again on a live worker', async () => {
    const { router } = await calls.join(SESSION, 'socket-staff', 'staff:1', staff);
    const victim = pool.workers().find((worker) => worker.pid === router.appData.workerPid)!;
    const ended = once(calls, 'callEnded');
    process.kill(victim.pid, 'SIGKILL');
    const [event] = await ended;
    expect(event).toMatchObject({ sessionId: SESSION, reason: 'worker-died' });
    expect(() => calls.peer(SESSION, 'socket-staff', 'staff:1')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));

    const again = await calls.join(SESSION, 'socket-staff', 'staff:1', staff);
    expect(again.router.closed).toBe(false);
    expect(again.router.appData.workerPid).not.toBe(victim.pid);
  });
});
