import { Device, type types } from 'mediasoup-client';
import type { Socket } from 'socket.io-client';

/** The gateway's `call` socket message and push shapes, mirrored from libs/contracts/src/media/call.ts. */
type CallAck<T> = { ok: true; data: T } | { ok: false; code: string };
interface RemoteProducer {
  producerId: string;
  connectionId: string;
  kind: 'audio' | 'video';
}
interface TransportOptions {
  id: string;
  iceParameters: types.IceParameters;
  iceCandidates: types.IceCandidate[];
  dtlsParameters: types.DtlsParameters;
}

export type CallState = 'idle' | 'joining' | 'in-call' | 'ended' | 'failed';

/** A remote participant's connection in the call, with the tracks received from it. */
export interface RemotePeer {
  connectionId: string;
  stream: MediaStream;
}

/** Inbound totals of one received track, from the receiving RTCPeerConnection's stats. */
export interface InboundTrackStats {
  connectionId: string;
  kind: 'audio' | 'video';
  bytesReceived: number;
  packetsReceived: number;
  framesDecoded: number;
}

/** The socket connection the call signals over (the app's RealtimeConnection fits). */
export interface CallSignalling {
  readonly current: unknown;
  on(event: string, listener: (payload: never) => void): () => void;
}

export class CallError extends Error {
  constructor(readonly code: string) {
    super(`call signalling refused: ${code}`);
    this.name = 'CallError';
  }
}

/**
 * One browser's side of a session's call through the SFU (mediasoup-client): a send transport with the
 * microphone and camera, a receive transport with every other participant's tracks. Tracks that arrive
 * later (a participant joining while the call runs) are announced by `call.producer-added` and consumed
 * then; consumers are resumed only once this side is ready to play them.
 */
export class CallClient {
  state: CallState = 'idle';
  readonly remotes = new Map<string, RemotePeer>();
  localStream: MediaStream | null = null;
  micMuted = false;

  private device: Device | null = null;
  private sendTransport: types.Transport | null = null;
  private recvTransport: types.Transport | null = null;
  private readonly producers = new Map<'audio' | 'video', types.Producer>();
  private readonly consumers = new Map<string, { consumer: types.Consumer; connectionId: string }>();
  private readonly consumedProducers = new Set<string>();
  private readonly pending: RemoteProducer[] = [];
  private readonly unsubscribe: Array<() => void> = [];
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly realtime: CallSignalling,
    private readonly sessionId: string,
  ) {}

  /** Called after every change of state, remotes or mute, for the view to re-render. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  async join(media: { audio: boolean; video: boolean }): Promise<void> {
    if (this.state === 'joining' || this.state === 'in-call') return;
    this.setState('joining');
    try {
      this.listen();
      const joined = await this.signal<{ routerRtpCapabilities: types.RtpCapabilities; producers: RemoteProducer[] }>({
        op: 'join',
      });
      this.pending.push(...joined.producers);
      const device = new Device();
      await device.load({ routerRtpCapabilities: joined.routerRtpCapabilities });
      this.device = device;
      this.sendTransport = this.setUpTransport(device.createSendTransport(await this.createTransport('send')));
      this.recvTransport = this.setUpTransport(device.createRecvTransport(await this.createTransport('recv')));

      this.localStream = await navigator.mediaDevices.getUserMedia({
        audio: media.audio,
        video: media.video ? { width: { ideal: 640 }, height: { ideal: 480 } } : false,
      });
      for (const track of this.localStream.getTracks()) {
        const producer = await this.sendTransport.produce({ track });
        this.producers.set(track.kind as 'audio' | 'video', producer);
      }
      this.setState('in-call');
      await this.consumePending();
    } catch (error) {
      this.teardown();
      this.setState('failed');
      throw error;
    }
  }

  async setMicMuted(muted: boolean): Promise<void> {
    const producer = this.producers.get('audio');
    if (!producer) return;
    if (muted) producer.pause();
    else producer.resume();
    await this.signal({ op: 'set-producer-paused', producerId: producer.id, paused: muted });
    this.micMuted = muted;
    this.notify();
  }

  async hangUp(): Promise<void> {
    if (this.state !== 'in-call' && this.state !== 'joining') return;
    await this.signal({ op: 'leave' }).catch(() => undefined);
    this.teardown();
    this.setState('ended');
  }

  /** Inbound RTP per received track (what the other side actually gets through the SFU). */
  async inboundStats(): Promise<InboundTrackStats[]> {
    const result: InboundTrackStats[] = [];
    for (const { consumer, connectionId } of this.consumers.values()) {
      if (consumer.closed) continue;
      const report = await consumer.getStats();
      report.forEach((stat: Record<string, unknown>) => {
        if (stat.type !== 'inbound-rtp') return;
        result.push({
          connectionId,
          kind: consumer.kind as 'audio' | 'video',
          bytesReceived: Number(stat.bytesReceived ?? 0),
          packetsReceived: Number(stat.packetsReceived ?? 0),
          framesDecoded: Number(stat.framesDecoded ?? 0),
        });
      });
    }
    return result;
  }

  /** Stops listening and releases everything without telling the server (the page is going away). */
  dispose(): void {
    if (this.state === 'in-call' || this.state === 'joining') void this.signal({ op: 'leave' }).catch(() => undefined);
    this.teardown();
    this.changeListeners.clear();
  }

  private listen(): void {
    this.unsubscribe.push(
      this.realtime.on('call.producer-added', ((event: RemoteProducer & { sessionId: string }) => {
        if (event.sessionId !== this.sessionId || event.connectionId === this.socket().id) return;
        this.pending.push(event);
        if (this.state === 'in-call') void this.consumePending();
      }) as (payload: never) => void),
      this.realtime.on('call.peer-left', ((event: { sessionId: string; connectionId: string }) => {
        if (event.sessionId !== this.sessionId) return;
        this.dropPeer(event.connectionId);
      }) as (payload: never) => void),
      this.realtime.on('call.ended', ((event: { sessionId: string }) => {
        if (event.sessionId !== this.sessionId) return;
        this.teardown();
        this.setState('ended');
      }) as (payload: never) => void),
    );
  }

  private async consumePending(): Promise<void> {
    while (this.pending.length > 0 && this.state === 'in-call') {
      const producer = this.pending.shift()!;
      if (this.consumedProducers.has(producer.producerId)) continue;
      this.consumedProducers.add(producer.producerId);
      try {
        await this.consume(producer);
      } catch {
        // The producer left between its announcement and our request: nothing to receive.
      }
    }
  }

  private async consume(remote: RemoteProducer): Promise<void> {
    const device = this.device!;
    const transport = this.recvTransport!;
    const answer = await this.signal<{ consumerId: string; producerId: string; kind: 'audio' | 'video'; rtpParameters: types.RtpParameters }>({
      op: 'consume',
      transportId: transport.id,
      producerId: remote.producerId,
      rtpCapabilities: device.recvRtpCapabilities,
    });
    const consumer = await transport.consume({
      id: answer.consumerId,
      producerId: answer.producerId,
      kind: answer.kind,
      rtpParameters: answer.rtpParameters,
    });
    this.consumers.set(consumer.id, { consumer, connectionId: remote.connectionId });
    consumer.on('trackended', () => this.removeConsumer(consumer.id));
    consumer.on('transportclose', () => this.removeConsumer(consumer.id));
    let peer = this.remotes.get(remote.connectionId);
    if (!peer) {
      peer = { connectionId: remote.connectionId, stream: new MediaStream() };
      this.remotes.set(remote.connectionId, peer);
    }
    peer.stream.addTrack(consumer.track);
    this.notify();
    await this.signal({ op: 'resume-consumer', consumerId: consumer.id });
  }

  private removeConsumer(consumerId: string): void {
    const entry = this.consumers.get(consumerId);
    if (!entry) return;
    this.consumers.delete(consumerId);
    entry.consumer.close();
    this.remotes.get(entry.connectionId)?.stream.removeTrack(entry.consumer.track);
    this.notify();
  }

  private dropPeer(connectionId: string): void {
    for (const [id, entry] of this.consumers) if (entry.connectionId === connectionId) this.removeConsumer(id);
    this.remotes.delete(connectionId);
    this.notify();
  }

  private async createTransport(direction: 'send' | 'recv'): Promise<TransportOptions> {
    return this.signal<TransportOptions>({ op: 'create-transport', direction });
  }

  private setUpTransport(transport: types.Transport): types.Transport {
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.signal({ op: 'connect-transport', transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
    });
    if (transport.direction === 'send') {
      transport.on('produce', ({ kind, rtpParameters }, callback, errback) => {
        this.signal<{ producerId: string }>({ op: 'produce', transportId: transport.id, kind, rtpParameters }).then(
          ({ producerId }) => callback({ id: producerId }),
          errback,
        );
      });
    }
    return transport;
  }

  private teardown(): void {
    for (const stop of this.unsubscribe.splice(0)) stop();
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.sendTransport = null;
    this.recvTransport = null;
    this.producers.clear();
    this.consumers.clear();
    this.consumedProducers.clear();
    this.pending.length = 0;
    this.remotes.clear();
    this.localStream?.getTracks().forEach((track) => track.stop());
    this.localStream = null;
    this.notify();
  }

  private socket(): Socket {
    const socket = this.realtime.current as Socket | null;
    if (!socket || !socket.connected) throw new CallError('NOT_CONNECTED');
    return socket;
  }

  private async signal<T = unknown>(message: Record<string, unknown>): Promise<T> {
    const ack = (await this.socket().emitWithAck('call', { ...message, sessionId: this.sessionId })) as CallAck<T>;
    if (!ack.ok) throw new CallError(ack.code);
    return ack.data;
  }

  private setState(state: CallState): void {
    this.state = state;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.changeListeners) listener();
  }
}
