import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  RpcCommand,
  RpcResponse,
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
} from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import type { types } from 'mediasoup';
import { MediaConfig } from '../../config';
import { CallAccess, actorKey } from '../../infra/call-access';
import { MediasoupRuntime } from '../../infra/mediasoup/mediasoup-runtime';
import { NoMediaWorkerError } from '../../infra/mediasoup/worker-pool';
import { RealtimePublisher } from '../../infra/realtime-publisher';

/**
 * The signalling of a session's call, one method per message. Joining, creating transports, producing and
 * consuming ask chat first (participant, session active or kept open); the other messages act only on the
 * caller's own peer, which exists only after such a check.
 */
@Injectable()
export class CallSignallingUseCase {
  constructor(
    private readonly mediasoup: MediasoupRuntime,
    private readonly access: CallAccess,
    private readonly realtime: RealtimePublisher,
    @InjectConfig() private readonly config: MediaConfig,
  ) {}

  async join(command: RpcCommand<typeof mediaCallJoin>): Promise<RpcResponse<typeof mediaCallJoin>> {
    await this.access.check(command.actor, command.sessionId);
    const { router, producers, started } = await this.mediasoup.calls
      .join(command.sessionId, command.connectionId, actorKey(command.actor), command.actor)
      .catch(mapNoWorker);
    // The first one in starts the call: the session's other sockets ring (the caller's own ignores it).
    if (started) {
      await this.realtime.toSession(command.sessionId, {
        type: 'call.ringing',
        sessionId: command.sessionId,
        connectionId: command.connectionId,
      });
    }
    return { routerRtpCapabilities: router.rtpCapabilities as Record<string, unknown>, producers };
  }

  async createTransport(command: RpcCommand<typeof mediaTransportCreate>): Promise<RpcResponse<typeof mediaTransportCreate>> {
    await this.access.check(command.actor, command.sessionId);
    const { router, peer } = this.ownPeer(command);
    const transport = await router.createWebRtcTransport({
      listenIps: [{ ip: this.config.MEDIASOUP_LISTEN_IP, announcedIp: this.config.MEDIASOUP_ANNOUNCED_IP }],
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      appData: { direction: command.direction },
    });
    peer.transports.set(transport.id, transport);
    transport.observer.once('close', () => peer.transports.delete(transport.id));
    return {
      id: transport.id,
      iceParameters: { ...transport.iceParameters },
      iceCandidates: transport.iceCandidates.map((candidate) => ({ ...candidate })),
      dtlsParameters: { ...transport.dtlsParameters },
    };
  }

  async connectTransport(command: RpcCommand<typeof mediaTransportConnect>): Promise<RpcResponse<typeof mediaTransportConnect>> {
    const transport = this.ownTransport(command, command.transportId);
    await transport.connect({ dtlsParameters: command.dtlsParameters as unknown as types.DtlsParameters }).catch(refused);
    return { connected: true };
  }

  async produce(command: RpcCommand<typeof mediaProduce>): Promise<RpcResponse<typeof mediaProduce>> {
    await this.access.check(command.actor, command.sessionId);
    const { peer } = this.ownPeer(command);
    const transport = this.ownTransport(command, command.transportId);
    const producer = await transport
      .produce({ kind: command.kind, rtpParameters: command.rtpParameters as unknown as types.RtpParameters })
      .catch(refused);
    peer.producers.set(producer.id, producer);
    producer.observer.once('close', () => peer.producers.delete(producer.id));
    await this.realtime.toSession(command.sessionId, {
      type: 'call.producer-added',
      sessionId: command.sessionId,
      producerId: producer.id,
      connectionId: command.connectionId,
      kind: producer.kind,
    });
    return { producerId: producer.id };
  }

  async consume(command: RpcCommand<typeof mediaConsume>): Promise<RpcResponse<typeof mediaConsume>> {
    await this.access.check(command.actor, command.sessionId);
    const { router, peer } = this.ownPeer(command);
    const transport = this.ownTransport(command, command.transportId);
    const producer = this.mediasoup.calls.findProducer(command.sessionId, command.producerId);
    if (!producer) throw new DomainError(ErrorCode.NOT_FOUND, 'That stream is not in the call any more');
    const rtpCapabilities = command.rtpCapabilities as unknown as types.RtpCapabilities;
    if (!router.canConsume({ producerId: producer.id, rtpCapabilities })) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'This browser cannot receive that stream');
    }
    // Paused until the client has set up its side and asks to resume: no media is lost before it can play.
    const consumer = await transport
      .consume({ producerId: producer.id, rtpCapabilities, paused: true, appData: { wanted: false } })
      .catch(refused);
    peer.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => peer.consumers.delete(consumer.id));
    return {
      consumerId: consumer.id,
      producerId: producer.id,
      kind: consumer.kind,
      rtpParameters: consumer.rtpParameters as unknown as Record<string, unknown> & { codecs: Record<string, unknown>[] },
    };
  }

  async resumeConsumer(command: RpcCommand<typeof mediaConsumerResume>): Promise<RpcResponse<typeof mediaConsumerResume>> {
    const { peer } = this.ownPeer(command);
    const consumer = peer.consumers.get(command.consumerId);
    if (!consumer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such stream in this call');
    consumer.appData.wanted = true;
    // In audio-only mode video stays paused on the server; leaving that mode resumes it.
    if (!(peer.audioOnly && consumer.kind === 'video')) await consumer.resume();
    return { resumed: true };
  }

  /** Audio only on: the peer's video consumers are paused on the server; off: those the client wants resume. */
  async setAudioOnly(command: RpcCommand<typeof mediaCallSetAudioOnly>): Promise<RpcResponse<typeof mediaCallSetAudioOnly>> {
    const { peer } = this.ownPeer(command);
    peer.audioOnly = command.audioOnly;
    const videos = [...peer.consumers.values()].filter((consumer) => consumer.kind === 'video' && !consumer.closed);
    await Promise.all(
      videos.map((consumer) => (command.audioOnly ? consumer.pause() : consumer.appData.wanted ? consumer.resume() : undefined)),
    );
    return { audioOnly: peer.audioOnly };
  }

  async setProducerPaused(command: RpcCommand<typeof mediaProducerSetPaused>): Promise<RpcResponse<typeof mediaProducerSetPaused>> {
    const { peer } = this.ownPeer(command);
    const producer = peer.producers.get(command.producerId);
    if (!producer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such stream in this call');
    if (command.paused) await producer.pause();
    else await producer.resume();
    await this.realtime.toSession(command.sessionId, {
      type: 'call.producer-paused',
      sessionId: command.sessionId,
      producerId: producer.id,
      connectionId: command.connectionId,
      kind: producer.kind,
      paused: producer.paused,
    });
    return { paused: producer.paused };
  }

  /**
   * No chat check for a peer: it may always leave, and only its own connection is touched. A socket that is
   * not in the running call declines it: that one is checked (participant) before the others are told.
   */
  async leave(command: RpcCommand<typeof mediaCallLeave>): Promise<RpcResponse<typeof mediaCallLeave>> {
    const { left, empty } = this.mediasoup.calls.leave(command.sessionId, command.connectionId, actorKey(command.actor));
    if (!left && this.mediasoup.calls.peerCount(command.sessionId) > 0) {
      await this.access.check(command.actor, command.sessionId);
      await this.realtime.toSession(command.sessionId, {
        type: 'call.declined',
        sessionId: command.sessionId,
        connectionId: command.connectionId,
      });
      return { left: false };
    }
    if (left) {
      await this.realtime.toSession(command.sessionId, {
        type: 'call.peer-left',
        sessionId: command.sessionId,
        connectionId: command.connectionId,
      });
    }
    // The last one out frees the router; the next call opens a fresh room. Those rung but not in it stop ringing.
    if (left && empty) {
      await this.mediasoup.rooms.closeRoom(command.sessionId);
      await this.realtime.toSession(command.sessionId, { type: 'call.ended', sessionId: command.sessionId, reason: 'empty' });
    }
    return { left };
  }

  /**
   * Hang-up ends the call for everyone: the room's router closes (with every transport, producer and
   * consumer in it), the session is told (`call.ended`, `hung-up`, which also stops the ring of those who
   * never answered), and the room's close writes the end with its duration into the thread, once.
   */
  async end(command: RpcCommand<typeof mediaCallEnd>): Promise<RpcResponse<typeof mediaCallEnd>> {
    await this.access.check(command.actor, command.sessionId);
    this.mediasoup.calls.hangUp(command.sessionId, command.connectionId, actorKey(command.actor));
    if (await this.mediasoup.rooms.closeRoom(command.sessionId)) {
      await this.realtime.toSession(command.sessionId, { type: 'call.ended', sessionId: command.sessionId, reason: 'hung-up' });
    }
    return { ended: true };
  }

  private ownPeer(command: { actor: RpcCommand<typeof mediaCallJoin>['actor']; sessionId: string; connectionId: string }) {
    return this.mediasoup.calls.peer(command.sessionId, command.connectionId, actorKey(command.actor));
  }

  private ownTransport(command: Parameters<CallSignallingUseCase['ownPeer']>[0], transportId: string): types.WebRtcTransport {
    const transport = this.ownPeer(command).peer.transports.get(transportId);
    if (!transport || transport.closed) throw new DomainError(ErrorCode.NOT_FOUND, 'No such transport in this call');
    return transport;
  }
}

function mapNoWorker(error: unknown): never {
  if (error instanceof NoMediaWorkerError) throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'No media worker is available right now');
  throw error;
}

/** mediasoup refuses parameters it cannot use (TypeError / UnsupportedError): the client's fault, not ours. */
function refused(error: unknown): never {
  if (error instanceof DomainError) throw error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TypeError' || name === 'UnsupportedError') {
    throw new DomainError(ErrorCode.UNPROCESSABLE, 'The media parameters were refused');
  }
  throw error;
}
