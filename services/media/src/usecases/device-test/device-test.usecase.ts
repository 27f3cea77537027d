import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import {
  DeviceTestSignal,
  DomainError,
  ErrorCode,
  RpcCommand,
  RpcResponse,
  mediaDeviceTestOpen,
  mediaDeviceTestSignal,
} from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import type { types } from 'mediasoup';
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { MediaConfig } from '../../config';
import { MEDIA_CODECS } from '../../infra/mediasoup/media-codecs';
import { MediasoupRuntime } from '../../infra/mediasoup/mediasoup-runtime';
import { NoMediaWorkerError } from '../../infra/mediasoup/worker-pool';
import { EchoRoom, EchoRooms } from './echo-rooms';

/**
 * Device test echo rooms: a browser without an account opens a room of its own (router on the next worker),
 * sends its camera and microphone and consumes them back, to prove media flows through the SFU. Nothing in
 * such a room touches a session: it has no participants but the key holder, and it closes by itself after
 * DEVICE_TEST_TTL_SECONDS. At most DEVICE_TEST_MAX_ROOMS exist at once (SERVICE_UNAVAILABLE beyond).
 */
@Injectable()
export class DeviceTestUseCase implements OnApplicationShutdown {
  private readonly rooms: EchoRooms;

  constructor(
    private readonly mediasoup: MediasoupRuntime,
    @InjectConfig() private readonly config: MediaConfig,
  ) {
    this.rooms = new EchoRooms(config.DEVICE_TEST_MAX_ROOMS);
  }

  async open(_command: RpcCommand<typeof mediaDeviceTestOpen>): Promise<RpcResponse<typeof mediaDeviceTestOpen>> {
    if (!this.rooms.reserve()) throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'Too many device tests right now, try again in a minute');
    let router: types.Router;
    try {
      router = await this.mediasoup.pool.nextWorker().createRouter({ mediaCodecs: MEDIA_CODECS });
    } catch (error) {
      this.rooms.release();
      if (error instanceof NoMediaWorkerError) throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'No media worker is available right now');
      throw error;
    }
    const testId = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.DEVICE_TEST_TTL_SECONDS * 1000);
    const timer = setTimeout(() => router.close(), this.config.DEVICE_TEST_TTL_SECONDS * 1000);
    timer.unref();
    const room: EchoRoom = {
      testId,
      key: randomBytes(32).toString('base64url'),
      router,
      transports: new Map(),
      producers: new Map(),
      consumers: new Map(),
      expiresAt,
      timer,
    };
    this.rooms.add(room);
    return { testId, key: room.key, routerRtpCapabilities: router.rtpCapabilities as Record<string, unknown>, expiresAt: expiresAt.toISOString() };
  }

  async signal(command: RpcCommand<typeof mediaDeviceTestSignal>): Promise<RpcResponse<typeof mediaDeviceTestSignal>> {
    const room = this.ownRoom(command.testId, command.key);
    return this.apply(room, command.signal);
  }

  onApplicationShutdown(): void {
    this.rooms.closeAll();
  }

  private async apply(room: EchoRoom, signal: DeviceTestSignal): Promise<RpcResponse<typeof mediaDeviceTestSignal>> {
    switch (signal.op) {
      case 'create-transport': {
        // Two transports (send and receive) are all a test needs.
        if (room.transports.size >= 2) throw new DomainError(ErrorCode.CONFLICT, 'This test has its transports already');
        const transport = await room.router.createWebRtcTransport({
          listenIps: [{ ip: this.config.MEDIASOUP_LISTEN_IP, announcedIp: this.config.MEDIASOUP_ANNOUNCED_IP }],
          enableUdp: true,
          enableTcp: true,
          preferUdp: true,
          appData: { direction: signal.direction },
        });
        room.transports.set(transport.id, transport);
        return {
          id: transport.id,
          iceParameters: { ...transport.iceParameters },
          iceCandidates: transport.iceCandidates.map((candidate) => ({ ...candidate })),
          dtlsParameters: { ...transport.dtlsParameters },
        };
      }
      case 'connect-transport':
        await this.transport(room, signal.transportId)
          .connect({ dtlsParameters: signal.dtlsParameters as unknown as types.DtlsParameters })
          .catch(refused);
        return { connected: true };
      case 'produce': {
        if (room.producers.size >= 2) throw new DomainError(ErrorCode.CONFLICT, 'This test sends one audio and one video stream at most');
        const producer = await this.transport(room, signal.transportId)
          .produce({ kind: signal.kind, rtpParameters: signal.rtpParameters as unknown as types.RtpParameters })
          .catch(refused);
        room.producers.set(producer.id, producer);
        return { producerId: producer.id };
      }
      case 'consume': {
        const producer = room.producers.get(signal.producerId);
        if (!producer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such stream in this test');
        const rtpCapabilities = signal.rtpCapabilities as unknown as types.RtpCapabilities;
        if (!room.router.canConsume({ producerId: producer.id, rtpCapabilities })) {
          throw new DomainError(ErrorCode.UNPROCESSABLE, 'This browser cannot receive that stream');
        }
        const consumer = await this.transport(room, signal.transportId)
          .consume({ producerId: producer.id, rtpCapabilities, paused: true })
          .catch(refused);
        room.consumers.set(consumer.id, consumer);
        return {
          consumerId: consumer.id,
          producerId: producer.id,
          kind: consumer.kind,
          rtpParameters: consumer.rtpParameters as unknown as Record<string, unknown> & { codecs: Record<string, unknown>[] },
        };
      }
      case 'resume-consumer': {
        const consumer = room.consumers.get(signal.consumerId);
        if (!consumer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such stream in this test');
        await consumer.resume();
        return { resumed: true };
      }
      case 'close':
        room.router.close();
        return { closed: true };
      default:
        return assertNever(signal);
    }
  }

  /** The room of that test, for the holder of its key only; an unknown test and a wrong key look alike. */
  private ownRoom(testId: string, key: string): EchoRoom {
    const room = this.rooms.get(testId);
    const expected = Buffer.from(room?.key ?? '');
    const given = Buffer.from(key);
    if (!room || room.router.closed || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such device test, or it has ended');
    }
    return room;
  }

  private transport(room: EchoRoom, transportId: string): types.WebRtcTransport {
    const transport = room.transports.get(transportId);
    if (!transport || transport.closed) throw new DomainError(ErrorCode.NOT_FOUND, 'No such transport in this test');
    return transport;
  }
}

/** mediasoup refuses parameters it cannot use (TypeError / UnsupportedError): the client's fault, not ours. */
function refused(error: unknown): never {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TypeError' || name === 'UnsupportedError') {
    throw new DomainError(ErrorCode.UNPROCESSABLE, 'The media parameters were refused');
  }
  throw error;
}

function assertNever(value: never): never {
  throw new Error(`unhandled device test signal ${JSON.stringify(value)}`);
}
