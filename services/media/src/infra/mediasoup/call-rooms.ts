import { EventEmitter } from 'node:events';
import { Actor, DomainError, ErrorCode, RemoteProducer } from '@passerelle/contracts';
import type { types } from 'mediasoup';
import type { RoomClosedReason, RoomRegistry, RoomRouter } from './room-registry';

/** One browser socket in a session's call, with everything it opened on the session's router. */
export interface CallPeer {
  connectionId: string;
  /** Who opened it (`staff:<userId>` / `guest:<participantId>`): another actor may not drive this peer. */
  actorKey: string;
  actor: Actor;
  transports: Map<string, types.WebRtcTransport>;
  producers: Map<string, types.Producer>;
  consumers: Map<string, types.Consumer>;
  /** Weak-network mode: the server forwards it no video (its video consumers stay paused). */
  audioOnly: boolean;
}

interface CallRoom {
  router: RoomRouter;
  peers: Map<string, CallPeer>;
  startedAt: number;
  /** Who the call's start and end are written for in the thread: the first in, then the last to leave. */
  actor: Actor;
}

export type CallRoomsEvents = {
  callStarted: [{ sessionId: string; actor: Actor }];
  /** The room closed (last peer left, session closed, worker died). */
  callEnded: [{ sessionId: string; actor: Actor; durationSeconds: number; reason: RoomClosedReason }];
};

/**
 * The peers of each session's call, on top of the room registry (one router per session). State is keyed
 * by router: when a router closes (session closed, worker died) its peers go with it, and a later join
 * starts a fresh room. Closing a transport closes its producers and consumers in mediasoup; closing a
 * producer closes every consumer of it, on every other peer.
 *
 * In memory, so all peers of a session must reach the same media replica (one queue group today).
 */
export class CallRooms extends EventEmitter<CallRoomsEvents> {
  private readonly rooms = new Map<string, CallRoom>();

  constructor(private readonly registry: RoomRegistry) {
    super();
    registry.on('roomClosed', ({ sessionId, routerId, reason }) => {
      const room = this.rooms.get(sessionId);
      if (!room || room.router.id !== routerId) return;
      this.rooms.delete(sessionId);
      const durationSeconds = Math.round((Date.now() - room.startedAt) / 1000);
      this.emit('callEnded', { sessionId, actor: room.actor, durationSeconds, reason });
    });
  }

  /** Adds the peer (idempotent for the same actor) and answers who already sends in the room. */
  async join(
    sessionId: string,
    connectionId: string,
    actorKey: string,
    actor: Actor,
  ): Promise<{ router: RoomRouter; producers: RemoteProducer[]; started: boolean }> {
    const router = await this.registry.getOrCreateRouter(sessionId);
    let room = this.rooms.get(sessionId);
    const started = !room || room.router !== router;
    if (!room || room.router !== router) {
      room = { router, peers: new Map(), startedAt: Date.now(), actor };
      this.rooms.set(sessionId, room);
      this.emit('callStarted', { sessionId, actor });
    }
    const existing = room.peers.get(connectionId);
    if (existing && existing.actorKey !== actorKey) throw forbidden();
    if (!existing) {
      room.peers.set(connectionId, {
        connectionId,
        actorKey,
        actor,
        transports: new Map(),
        producers: new Map(),
        consumers: new Map(),
        audioOnly: false,
      });
    }
    const producers: RemoteProducer[] = [];
    for (const peer of room.peers.values()) {
      if (peer.connectionId === connectionId) continue;
      for (const producer of peer.producers.values()) {
        if (!producer.closed) producers.push({ producerId: producer.id, connectionId: peer.connectionId, kind: producer.kind, paused: producer.paused });
      }
    }
    return { router, producers, started };
  }

  /** The caller's own peer in a live room, or CONFLICT when it has not joined (or the room is gone). */
  peer(sessionId: string, connectionId: string, actorKey: string): { router: RoomRouter; peer: CallPeer } {
    const room = this.rooms.get(sessionId);
    const peer = room?.peers.get(connectionId);
    if (!room || room.router.closed || !peer) {
      throw new DomainError(ErrorCode.CONFLICT, 'Join the call first');
    }
    if (peer.actorKey !== actorKey) throw forbidden();
    return { router: room.router, peer };
  }

  /** Which peer of the session owns a producer (to name it in announcements and to consume it). */
  findProducer(sessionId: string, producerId: string): types.Producer | undefined {
    for (const peer of this.rooms.get(sessionId)?.peers.values() ?? []) {
      const producer = peer.producers.get(producerId);
      if (producer && !producer.closed) return producer;
    }
    return undefined;
  }

  /** Removes the peer and closes what it opened. Returns whether it was there and whether the room is now empty. */
  leave(sessionId: string, connectionId: string, actorKey: string): { left: boolean; empty: boolean } {
    const room = this.rooms.get(sessionId);
    const peer = room?.peers.get(connectionId);
    if (!room || !peer) return { left: false, empty: room ? room.peers.size === 0 : false };
    if (peer.actorKey !== actorKey) throw forbidden();
    room.peers.delete(connectionId);
    room.actor = peer.actor;
    for (const transport of peer.transports.values()) transport.close();
    return { left: true, empty: room.peers.size === 0 };
  }

  /**
   * Checks that the peer is in the room (and is the caller's) before its hang-up ends the call for everyone,
   * and makes it the one the call's end is written for. The caller then closes the room.
   */
  hangUp(sessionId: string, connectionId: string, actorKey: string): void {
    const { peer } = this.peer(sessionId, connectionId, actorKey);
    this.rooms.get(sessionId)!.actor = peer.actor;
  }

  peerCount(sessionId: string): number {
    return this.rooms.get(sessionId)?.peers.size ?? 0;
  }
}

function forbidden(): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, 'This call connection belongs to someone else');
}
