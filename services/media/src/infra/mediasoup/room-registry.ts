import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import { MEDIA_CODECS } from './media-codecs';
import type { MediasoupWorkerPool } from './worker-pool';

export type RoomAppData = { sessionId: string; workerPid: number };
export type RoomRouter = types.Router<RoomAppData>;

export type RoomClosedReason = 'closed' | 'worker-died';

export type RoomRegistryEvents = {
  /** The session's router is gone; peers connected to it must be told to rejoin or leave. */
  roomClosed: [{ sessionId: string; routerId: string; reason: RoomClosedReason }];
};

interface RoomEntry {
  ready: Promise<RoomRouter>;
}

/**
 * One mediasoup router per session. The in-flight creation promise is stored before the first await, so
 * two participants joining at the same moment share one router instead of ending up in two rooms that
 * cannot hear each other.
 */
export class RoomRegistry extends EventEmitter<RoomRegistryEvents> {
  private readonly rooms = new Map<string, RoomEntry>();

  constructor(
    private readonly pool: MediasoupWorkerPool,
    private readonly mediaCodecs: types.RtpCodecCapability[] = MEDIA_CODECS,
  ) {
    super();
  }

  getOrCreateRouter(sessionId: string): Promise<RoomRouter> {
    const existing = this.rooms.get(sessionId);
    if (existing) return existing.ready;

    const entry = {} as RoomEntry;
    entry.ready = this.createRouter(sessionId, entry);
    this.rooms.set(sessionId, entry);
    // A failed creation must not poison the session: the next join tries again.
    entry.ready.catch(() => this.forget(sessionId, entry));
    return entry.ready;
  }

  /** Closes the session's router (and with it every transport, producer and consumer). */
  async closeRoom(sessionId: string): Promise<boolean> {
    const entry = this.rooms.get(sessionId);
    if (!entry) return false;
    this.forget(sessionId, entry);
    const router = await entry.ready.catch(() => undefined);
    if (!router || router.closed) return false;
    router.close();
    return true;
  }

  roomCount(): number {
    return this.rooms.size;
  }

  private async createRouter(sessionId: string, entry: RoomEntry): Promise<RoomRouter> {
    const worker = this.pool.nextWorker();
    const router = await worker.createRouter<RoomAppData>({
      mediaCodecs: this.mediaCodecs,
      appData: { sessionId, workerPid: worker.pid },
    });
    // Fires for closeRoom() and when the worker dies (mediasoup closes its routers then).
    router.observer.once('close', () => {
      this.forget(sessionId, entry);
      this.emit('roomClosed', {
        sessionId,
        routerId: router.id,
        reason: worker.died ? 'worker-died' : 'closed',
      });
    });
    return router;
  }

  // Only removes this entry: by now the session may already have a newer room.
  private forget(sessionId: string, entry: RoomEntry): void {
    if (this.rooms.get(sessionId) === entry) this.rooms.delete(sessionId);
  }
}
