// Runs the real mediasoup-worker binary (deploy/mediasoup/build-worker.sh puts it in place).
import { once } from 'node:events';
import { MediasoupWorkerPool } from '../src/infra/mediasoup/worker-pool';
import { RoomRegistry } from '../src/infra/mediasoup/room-registry';

describe('MediasoupWorkerPool + RoomRegistry (real workers)', () => {
  let pool: MediasoupWorkerPool;
  let rooms: RoomRegistry;

  beforeEach(async () => {
    pool = new MediasoupWorkerPool();
    await pool.start({ numWorkers: 2, rtcMinPort: 40000, rtcMaxPort: 40100, logLevel: 'warn' });
    rooms = new RoomRegistry(pool);
  });

  afterEach(() => pool.close());

  it('starts every configured worker and reports ready', () => {
    expect(pool.isReady()).toBe(true);
    expect(pool.workers()).toHaveLength(2);
  });

  it('gives two concurrent joins of one session the same router, with opus and VP8', async () => {
    const [a, b] = await Promise.all([rooms.getOrCreateRouter('s-1'), rooms.getOrCreateRouter('s-1')]);

    expect(a.id).toBe(b.id);
    expect(rooms.roomCount()).toBe(1);
    const mimeTypes = a.rtpCapabilities.codecs?.map((c) => c.mimeType.toLowerCase());
    expect(mimeTypes).toEqual(expect.arrayContaining(['audio/opus', 'video/vp8', 'video/h264']));
  });

  it('puts different sessions on different workers (round robin)', async () => {
    const [a, b] = await Promise.all([rooms.getOrCreateRouter('s-a'), rooms.getOrCreateRouter('s-b')]);

    expect(a.id).not.toBe(b.id);
    expect(a.appData.workerPid).not.toBe(b.appData.workerPid);
  });

  it('closeRoom closes the router and forgets the session', async () => {
    const router = await rooms.getOrCreateRouter('s-2');
    const closed = once(router.observer, 'close');
    const reported = once(rooms, 'roomClosed');

    await expect(rooms.closeRoom('s-2')).resolves.toBe(true);

    await closed;
    expect(router.closed).toBe(true);
    expect(await reported).toEqual([{ sessionId: 's-2', routerId: router.id, reason: 'closed' }]);
    expect(rooms.roomCount()).toBe(0);
    await expect(rooms.closeRoom('s-2')).resolves.toBe(false);
  });

  it('replaces a killed worker, reports its rooms closed, and serves new rooms', async () => {
    const doomed = await rooms.getOrCreateRouter('s-3');
    const survivor = await rooms.getOrCreateRouter('s-4');
    const deadPid = doomed.appData.workerPid;
    const reported = once(rooms, 'roomClosed');
    const replaced = once(pool, 'workerReplaced');

    process.kill(deadPid, 'SIGKILL');

    const [closedRoom] = await reported;
    expect(closedRoom).toEqual({ sessionId: 's-3', routerId: doomed.id, reason: 'worker-died' });
    expect(doomed.closed).toBe(true);
    expect(survivor.closed).toBe(false);
    expect(rooms.roomCount()).toBe(1);

    const [replacement] = await replaced;
    expect(replacement.deadPid).toBe(deadPid);
    expect(replacement.pid).not.toBe(deadPid);
    expect(pool.isReady()).toBe(true);
    expect(pool.workers().map((w) => w.pid)).not.toContain(deadPid);

    const reborn = await rooms.getOrCreateRouter('s-3');
    expect(reborn.id).not.toBe(doomed.id);
    expect(reborn.closed).toBe(false);
    expect(rooms.roomCount()).toBe(2);
  });

  it('is not ready while a dead worker has not been replaced', async () => {
    const [victim] = pool.workers();
    const died = once(pool, 'workerDied');
    const replaced = once(pool, 'workerReplaced');

    process.kill(victim.pid, 'SIGKILL');
    await died;

    // workerDied is emitted synchronously before the replacement spawn can finish.
    expect(pool.isReady()).toBe(false);
    await replaced;
    expect(pool.isReady()).toBe(true);
  });
});
