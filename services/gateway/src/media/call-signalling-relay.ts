import { Injectable, Logger } from '@nestjs/common';
import {
  Actor,
  CallSignal,
  DomainError,
  ErrorCode,
  callSignalSchema,
  mediaCallEnd,
  mediaCallJoin,
  mediaCallLeave,
  mediaCallSetAudioOnly,
  mediaConsume,
  mediaConsumerResume,
  mediaProduce,
  mediaProducerSetPaused,
  mediaTransportConnect,
  mediaTransportCreate,
  parseOrThrow,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';

/** What the relay needs to know of a socket: its id (the call peer) and who it authenticated as. */
export interface CallSocket {
  id: string;
  actor: Actor;
}

/**
 * Relays a browser's `call` socket messages to the media service over NATS, adding the authenticated actor
 * and the socket id (one call peer per socket, so a client cannot act on another's peer). Media decides who
 * may take part (through chat). The calls each socket joined are remembered so that a socket that goes away
 * leaves them, and its streams stop at once for the others.
 */
@Injectable()
export class CallSignallingRelay {
  private readonly logger = new Logger('CallSignalling');
  private readonly callsBySocket = new Map<string, Set<string>>();

  constructor(private readonly rpc: RpcClient) {}

  async handle(socket: CallSocket, body: unknown): Promise<unknown> {
    const signal = parseOrThrow(callSignalSchema, body);
    const actor = socket.actor;
    if (actor.kind === 'guest' && actor.sessionId !== signal.sessionId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'A guest link opens only its own session');
    }
    const peer = { actor, sessionId: signal.sessionId, connectionId: socket.id };
    switch (signal.op) {
      case 'join': {
        const joined = await this.rpc.request(mediaCallJoin, peer);
        this.remember(socket.id, signal.sessionId);
        return joined;
      }
      case 'create-transport':
        return this.rpc.request(mediaTransportCreate, { ...peer, direction: signal.direction });
      case 'connect-transport':
        return this.rpc.request(mediaTransportConnect, { ...peer, transportId: signal.transportId, dtlsParameters: signal.dtlsParameters });
      case 'produce':
        return this.rpc.request(mediaProduce, { ...peer, transportId: signal.transportId, kind: signal.kind, rtpParameters: signal.rtpParameters });
      case 'consume':
        return this.rpc.request(mediaConsume, {
          ...peer,
          transportId: signal.transportId,
          producerId: signal.producerId,
          rtpCapabilities: signal.rtpCapabilities,
        });
      case 'resume-consumer':
        return this.rpc.request(mediaConsumerResume, { ...peer, consumerId: signal.consumerId });
      case 'set-producer-paused':
        return this.rpc.request(mediaProducerSetPaused, { ...peer, producerId: signal.producerId, paused: signal.paused });
      case 'set-audio-only':
        return this.rpc.request(mediaCallSetAudioOnly, { ...peer, audioOnly: signal.audioOnly });
      case 'end': {
        this.callsBySocket.get(socket.id)?.delete(signal.sessionId);
        return this.rpc.request(mediaCallEnd, peer);
      }
      case 'leave': {
        this.callsBySocket.get(socket.id)?.delete(signal.sessionId);
        return this.rpc.request(mediaCallLeave, peer);
      }
      default:
        return assertNever(signal);
    }
  }

  /** The socket is gone: leave every call it was in. */
  async disconnected(socket: CallSocket): Promise<void> {
    const sessions = this.callsBySocket.get(socket.id);
    this.callsBySocket.delete(socket.id);
    await Promise.all(
      [...(sessions ?? [])].map((sessionId) =>
        this.rpc.request(mediaCallLeave, { actor: socket.actor, sessionId, connectionId: socket.id }).catch((error: unknown) => {
          this.logger.warn({ code: error instanceof DomainError ? error.code : 'UNKNOWN' }, 'Leaving a call on disconnect failed');
        }),
      ),
    );
  }

  private remember(socketId: string, sessionId: string): void {
    let sessions = this.callsBySocket.get(socketId);
    if (!sessions) this.callsBySocket.set(socketId, (sessions = new Set()));
    sessions.add(sessionId);
  }
}

function assertNever(signal: never): never {
  throw new DomainError(ErrorCode.VALIDATION_FAILED, `Unknown call message ${(signal as CallSignal).op}`);
}
