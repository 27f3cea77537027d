import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  DomainError,
  ErrorCode,
  RealtimePush,
  SessionView,
  chatPresenceUpdate,
  chatSessionGet,
  expertiseQueueAccess,
  parseOrThrow,
  queueRoom,
  sessionRoom,
  userRoom,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { Principal, actorOf } from '../auth/principal';
import { CallSignallingRelay } from '../media/call-signalling-relay';

const sessionRefSchema = z.object({ sessionId: z.string().uuid() }).strict();
const queueRefSchema = z.object({ queueId: z.string().uuid() }).strict();

export type Ack = { ok: true } | { ok: false; code: ErrorCode };
export type DataAck = { ok: true; data: unknown } | { ok: false; code: ErrorCode };

interface SocketState {
  principal: Principal;
  /** Session rooms this socket joined, to report it gone from each when it disconnects. */
  sessions: Set<string>;
}

const stateOf = (socket: Pick<Socket, 'data'>) => socket.data as SocketState;

/**
 * socket.io at /ws, authenticated with the same access token as REST (`auth: { token }`), staff or guest.
 * Staff sockets join their user's room (`user:<id>`: ringing, lists). Any socket may ask to join a
 * session's room (`session:join`, acknowledged), which chat authorises, and which counts it present in
 * the session (the waiting room) until it leaves or disconnects.
 *
 * Every gateway replica receives every realtime push (core NATS, no queue group) and emits it to its own
 * sockets, so no socket.io adapter (Redis) is needed to reach a client on another replica.
 */
@WebSocketGateway({ path: '/ws', serveClient: false, cors: false })
export class SocketGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger('SocketGateway');
  @WebSocketServer() server!: Server;

  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly rpc: RpcClient,
    private readonly calls: CallSignallingRelay,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token = socket.handshake.auth?.token;
      if (typeof token !== 'string' || token.length === 0) return next(new Error('UNAUTHENTICATED'));
      this.verifier
        .verify(token)
        .then((principal) => {
          const state: SocketState = { principal, sessions: new Set() };
          Object.assign(socket.data, state);
          next();
        })
        .catch((error: { code?: string }) => next(new Error(error.code ?? 'TOKEN_INVALID')));
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const { principal } = stateOf(socket);
    if (principal.kind === 'staff') {
      await socket.join(userRoom(principal.userId));
      socket.emit('ready', { kind: 'staff', userId: principal.userId });
    } else {
      socket.emit('ready', { kind: 'guest', participantId: principal.participantId, sessionId: principal.sessionId });
    }
  }

  async handleDisconnect(socket: Socket): Promise<void> {
    const { sessions, principal } = stateOf(socket);
    if (principal) await this.calls.disconnected({ id: socket.id, actor: actorOf(principal) });
    await Promise.all([...(sessions ?? [])].map((sessionId) => this.reportPresence(socket, sessionId, false)));
  }

  @SubscribeMessage('session:join')
  joinSession(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return acknowledge(async () => {
      const { sessionId } = parseOrThrow(sessionRefSchema, body);
      const state = stateOf(socket);
      const actor = actorOf(state.principal);
      if (actor.kind === 'guest' && actor.sessionId !== sessionId) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A guest link opens only its own session');
      }
      // Chat decides who may see the session (owner, organisation admin, participant, its own guest).
      await this.rpc.request(chatSessionGet, { actor, sessionId });
      if (socket.disconnected) return;
      await socket.join(sessionRoom(sessionId));
      state.sessions.add(sessionId);
      try {
        await this.reportPresence(socket, sessionId, true);
      } catch (error) {
        state.sessions.delete(sessionId);
        await socket.leave(sessionRoom(sessionId));
        throw error;
      }
      // Disconnected while "present" was on its way: the disconnect's "absent" may have overtaken it.
      if (socket.disconnected) await this.reportPresence(socket, sessionId, false).catch(() => undefined);
    });
  }

  /** Call signalling (see CallSignallingRelay): acknowledged with media's answer. */
  @SubscribeMessage('call')
  async call(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<DataAck> {
    try {
      const data = await this.calls.handle({ id: socket.id, actor: actorOf(stateOf(socket).principal) }, body);
      return { ok: true, data };
    } catch (error) {
      return { ok: false, code: error instanceof DomainError ? error.code : ErrorCode.INTERNAL };
    }
  }

  /** An expert follows a tele-expertise queue (`queue:<id>`); expertise says whether they belong to it. */
  @SubscribeMessage('queue:join')
  joinQueue(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return acknowledge(async () => {
      const { queueId } = parseOrThrow(queueRefSchema, body);
      const { principal } = stateOf(socket);
      if (principal.kind !== 'staff') throw new DomainError(ErrorCode.FORBIDDEN, 'Queues are for experts');
      await this.rpc.request(expertiseQueueAccess, { actor: actorOf(principal), queueId });
      if (!socket.disconnected) await socket.join(queueRoom(queueId));
    });
  }

  @SubscribeMessage('queue:leave')
  leaveQueue(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return acknowledge(async () => {
      const { queueId } = parseOrThrow(queueRefSchema, body);
      await socket.leave(queueRoom(queueId));
    });
  }

  @SubscribeMessage('session:leave')
  leaveSession(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return acknowledge(async () => {
      const { sessionId } = parseOrThrow(sessionRefSchema, body);
      const state = stateOf(socket);
      if (!state.sessions.delete(sessionId)) return;
      await socket.leave(sessionRoom(sessionId));
      await this.reportPresence(socket, sessionId, false);
    });
  }

  /** Emits a push from a service to this replica's sockets in the named rooms. */
  async push({ rooms, event }: RealtimePush): Promise<void> {
    this.server.to(rooms).emit(event.type, event);
    if (event.type === 'session.updated') await this.dropRemovedGuests(event.session);
  }

  /** A revoked invite removes its guest from the session: their sockets stop receiving its events at once. */
  private async dropRemovedGuests(session: SessionView): Promise<void> {
    const room = sessionRoom(session.id);
    const participants = new Set(session.participants.map((participant) => participant.id));
    for (const socket of await this.server.in(room).fetchSockets()) {
      const { principal, sessions } = stateOf(socket);
      if (principal.kind === 'guest' && !participants.has(principal.participantId)) {
        socket.leave(room);
        sessions.delete(session.id);
      }
    }
  }

  private async reportPresence(socket: Socket, sessionId: string, present: boolean): Promise<void> {
    const actor = actorOf(stateOf(socket).principal);
    try {
      await this.rpc.request(chatPresenceUpdate, { actor, sessionId, connectionId: socket.id, present });
    } catch (error) {
      // Joining fails visibly (the client is told); a lost "absent" can only be logged, by code.
      this.logger.warn({ code: error instanceof DomainError ? error.code : 'UNKNOWN', present }, 'Presence update failed');
      if (present) throw error;
    }
  }
}

/** Runs a socket command and turns its outcome into the acknowledgement the client waits for. */
async function acknowledge(command: () => Promise<void>): Promise<Ack> {
  try {
    await command();
    return { ok: true };
  } catch (error) {
    return { ok: false, code: error instanceof DomainError ? error.code : ErrorCode.INTERNAL };
  }
}
