import type { types } from 'mediasoup';

/** One device test's echo room: its own router, used by the one browser that holds the key. */
export interface EchoRoom {
  testId: string;
  key: string;
  router: types.Router;
  transports: Map<string, types.WebRtcTransport>;
  producers: Map<string, types.Producer>;
  consumers: Map<string, types.Consumer>;
  expiresAt: Date;
  /** Closes the room at `expiresAt`; cleared when the room closes earlier. */
  timer?: NodeJS.Timeout;
}

/**
 * The open echo rooms, capped in number. A room is forgotten when its router closes, whatever the cause
 * (its time is up, the test closed it, or its worker died), so the cap always counts live rooms only.
 */
export class EchoRooms {
  private readonly rooms = new Map<string, EchoRoom>();
  /** Rooms being created count against the cap too: a burst of requests cannot overshoot it. */
  private pending = 0;

  constructor(private readonly maxRooms: number) {}

  /** Reserves a place, or false when the cap is reached. Call `release()` if the room is then not added. */
  reserve(): boolean {
    if (this.rooms.size + this.pending >= this.maxRooms) return false;
    this.pending += 1;
    return true;
  }

  release(): void {
    this.pending -= 1;
  }

  /** Adds a reserved room; it removes itself when its router closes. */
  add(room: EchoRoom): void {
    this.pending -= 1;
    this.rooms.set(room.testId, room);
    room.router.observer.once('close', () => {
      clearTimeout(room.timer);
      if (this.rooms.get(room.testId) === room) this.rooms.delete(room.testId);
    });
  }

  get(testId: string): EchoRoom | undefined {
    return this.rooms.get(testId);
  }

  size(): number {
    return this.rooms.size;
  }

  closeAll(): void {
    for (const room of [...this.rooms.values()]) room.router.close();
  }
}
