import { Device, type types } from 'mediasoup-client';
import type { Socket } from 'socket.io-client';
import { nextCamera } from './camera-order';
import { type NetworkVerdict, type SendSample, networkVerdict, trimSamples } from './network-verdict';

/** The gateway's `call` socket message and push shapes, mirrored from libs/contracts/src/media/call.ts. */
type CallAck<T> = { ok: true; data: T } | { ok: false; code: string };
interface RemoteProducer {
  producerId: string;
  connectionId: string;
  kind: 'audio' | 'video';
  paused?: boolean;
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
  /** Its video is paused at the source (camera off, audio only): show a placeholder, not a frozen frame. */
  videoPaused: boolean;
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

/**
 * Video encodings: three simulcast layers (quarter, half, full resolution) with bitrate caps, so the SFU
 * forwards a lower layer to a receiver on a poor link and a poor sender loses its top layers first.
 */
const SIMULCAST_ENCODINGS: types.RtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 100_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 300_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 900_000 },
];
/** When the browser cannot send simulcast: one layer, capped so that audio keeps room on a weak link. */
const SINGLE_ENCODING: types.RtpEncodingParameters[] = [{ maxBitrate: 500_000 }];
const VIDEO_CONSTRAINTS = { width: { ideal: 640 }, height: { ideal: 480 } };

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
  /** The camera is off (also while `audioOnly`); the other side gets no video from us. */
  cameraOff = false;
  /** Weak-network mode: no video sent, and received video is not shown. */
  audioOnly = false;
  /** Whether another camera can be switched to (phones: front and back). */
  canSwitchCamera = false;
  /** The send side's measured health, for the "switch to audio only" suggestion. */
  network: NetworkVerdict = 'unknown';
  /** Whether the camera was already off when audio only was chosen: leaving audio only then keeps it off. */
  private cameraOffBeforeAudioOnly = false;

  private device: Device | null = null;
  private sendTransport: types.Transport | null = null;
  private recvTransport: types.Transport | null = null;
  private readonly producers = new Map<'audio' | 'video', types.Producer>();
  private readonly consumers = new Map<string, { consumer: types.Consumer; connectionId: string }>();
  private readonly consumedProducers = new Set<string>();
  private readonly pending: RemoteProducer[] = [];
  private readonly unsubscribe: Array<() => void> = [];
  private readonly changeListeners = new Set<() => void>();
  private sendSamples: SendSample[] = [];
  private networkTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly realtime: CallSignalling,
    private readonly sessionId: string,
    /** STUN/TURN servers with short-lived credentials (GET /sessions/:id/ice-servers); none on a LAN. */
    private readonly loadIceServers: () => Promise<RTCIceServer[]> = async () => [],
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
      // Behind hospital NATs media only flows through TURN: both transports get the relay servers.
      const iceServers = await this.loadIceServers();
      this.sendTransport = this.setUpTransport(device.createSendTransport({ ...(await this.createTransport('send')), iceServers }));
      this.recvTransport = this.setUpTransport(device.createRecvTransport({ ...(await this.createTransport('recv')), iceServers }));

      this.localStream = await navigator.mediaDevices.getUserMedia({
        audio: media.audio,
        video: media.video ? VIDEO_CONSTRAINTS : false,
      });
      for (const track of this.localStream.getTracks()) {
        if (track.kind === 'video') await this.produceVideo(track);
        else this.producers.set('audio', await this.sendTransport.produce({ track }));
      }
      this.cameraOff = !media.video;
      await this.refreshCameras();
      this.startNetworkWatch();
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

  /**
   * Camera off: the video producer is paused on the server (the others' video stops) and the camera is
   * released. Camera on: a fresh camera track replaces it, or a first video producer starts (an audio call
   * turning video on), which the others consume as it is announced.
   */
  async setCameraOff(off: boolean): Promise<void> {
    if (this.state !== 'in-call') return;
    const producer = this.producers.get('video');
    // Samples from before the change would mix audio-only rates into the video verdict.
    this.sendSamples = [];
    this.network = 'unknown';
    if (off) {
      if (producer && !producer.paused) {
        producer.pause();
        await this.signal({ op: 'set-producer-paused', producerId: producer.id, paused: true });
      }
      this.replaceLocalVideo(null);
    } else {
      const track = await this.openCamera(this.currentCameraId());
      if (producer) {
        await producer.replaceTrack({ track });
        producer.resume();
        await this.signal({ op: 'set-producer-paused', producerId: producer.id, paused: false });
        this.replaceLocalVideo(track);
      } else {
        this.replaceLocalVideo(track);
        await this.produceVideo(track);
      }
      await this.refreshCameras();
    }
    this.cameraOff = off;
    this.notify();
  }

  /** The next camera in the browser's order (front ↔ back on phones), without interrupting the call. */
  async switchCamera(): Promise<void> {
    const producer = this.producers.get('video');
    if (this.state !== 'in-call' || this.cameraOff || !producer) return;
    const cameras = await this.videoInputs();
    const next = nextCamera(cameras, this.currentCameraId());
    if (!next) return;
    const previous = this.currentCameraId();
    // Phones often cannot open two cameras at once: release the current one first, and go back to it when
    // the next one cannot be opened (in use by another app, unplugged).
    this.localStream?.getVideoTracks().forEach((track) => track.stop());
    const track = await this.openCamera(next.deviceId).catch(() => this.openCamera(previous));
    await producer.replaceTrack({ track });
    this.replaceLocalVideo(track);
    this.notify();
  }

  /**
   * Weak-network mode: stops sending video (camera off) and stops receiving it: the server pauses the video
   * it forwards to this side, so the downlink carries audio only (and the tracks are paused here too).
   * Turning it off brings the camera and the received video back.
   */
  async setAudioOnly(on: boolean): Promise<void> {
    if (this.state !== 'in-call' || on === this.audioOnly) return;
    if (on) this.cameraOffBeforeAudioOnly = this.cameraOff;
    if (on || !this.cameraOffBeforeAudioOnly) await this.setCameraOff(on);
    await this.signal({ op: 'set-audio-only', audioOnly: on });
    for (const { consumer } of this.consumers.values()) {
      if (consumer.kind !== 'video') continue;
      if (on) consumer.pause();
      else consumer.resume();
    }
    this.audioOnly = on;
    this.network = 'unknown';
    this.sendSamples = [];
    this.notify();
  }

  /** Ends the call for everyone in it (they get `call.ended`); the thread records the end. */
  async hangUp(): Promise<void> {
    if (this.state !== 'in-call' && this.state !== 'joining') return;
    // Still joining (not a peer yet) or the room already gone: leaving is all there is to do.
    await this.signal({ op: 'end' }).catch(() => this.signal({ op: 'leave' }).catch(() => undefined));
    this.teardown();
    this.setState('ended');
  }

  /** Declines the session's ringing call without joining it (the caller is told). */
  async decline(): Promise<void> {
    if (this.state === 'in-call' || this.state === 'joining') return;
    await this.signal({ op: 'leave' });
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

  private async produceVideo(track: MediaStreamTrack): Promise<void> {
    const transport = this.sendTransport!;
    const options = { track, codecOptions: { videoGoogleStartBitrate: 300 } };
    let producer: types.Producer;
    try {
      producer = await transport.produce({ ...options, encodings: SIMULCAST_ENCODINGS });
    } catch {
      producer = await transport.produce({ ...options, encodings: SINGLE_ENCODING });
    }
    this.producers.set('video', producer);
  }

  private async openCamera(deviceId: string | null): Promise<MediaStreamTrack> {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: deviceId ? { ...VIDEO_CONSTRAINTS, deviceId: { exact: deviceId } } : VIDEO_CONSTRAINTS,
    });
    return stream.getVideoTracks()[0]!;
  }

  private replaceLocalVideo(track: MediaStreamTrack | null): void {
    const stream = this.localStream ?? new MediaStream();
    for (const old of stream.getVideoTracks()) {
      if (old === track) continue;
      old.stop();
      stream.removeTrack(old);
    }
    if (track && !stream.getVideoTracks().includes(track)) stream.addTrack(track);
    // A new stream object, so that the preview element picks the change up.
    this.localStream = new MediaStream(stream.getTracks());
  }

  private currentCameraId(): string | null {
    const track = this.localStream?.getVideoTracks()[0] ?? this.producers.get('video')?.track ?? null;
    return track?.getSettings().deviceId ?? null;
  }

  private async videoInputs(): Promise<Array<{ deviceId: string; label: string }>> {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((device) => device.kind === 'videoinput').map(({ deviceId, label }) => ({ deviceId, label }));
  }

  private async refreshCameras(): Promise<void> {
    this.canSwitchCamera = nextCamera(await this.videoInputs().catch(() => []), this.currentCameraId()) !== null;
  }

  /** Samples the send transport once a second while video is sent, for the weak-network suggestion. */
  private startNetworkWatch(): void {
    this.networkTimer = setInterval(() => {
      const transport = this.sendTransport;
      if (!transport || transport.closed || this.cameraOff) return;
      transport.getStats().then((report) => {
        let bytesSent = 0;
        let fractionLost: number | null = null;
        report.forEach((stat: Record<string, unknown>) => {
          if (stat.type === 'outbound-rtp') bytesSent += Number(stat.bytesSent ?? 0);
          if (stat.type === 'remote-inbound-rtp' && typeof stat.fractionLost === 'number') {
            fractionLost = Math.max(fractionLost ?? 0, stat.fractionLost);
          }
        });
        this.sendSamples = trimSamples([...this.sendSamples, { at: Date.now(), bytesSent, fractionLost }]);
        const verdict = networkVerdict(this.sendSamples);
        if (verdict !== this.network) {
          this.network = verdict;
          this.notify();
        }
      }, () => undefined);
    }, 1000);
  }

  private listen(): void {
    this.unsubscribe.push(
      this.realtime.on('call.producer-added', ((event: RemoteProducer & { sessionId: string }) => {
        if (event.sessionId !== this.sessionId || event.connectionId === this.socket().id) return;
        this.pending.push(event);
        if (this.state === 'in-call') void this.consumePending();
      }) as (payload: never) => void),
      this.realtime.on('call.producer-paused', ((event: { sessionId: string; producerId: string; connectionId: string; kind: string; paused: boolean }) => {
        if (event.sessionId !== this.sessionId || event.kind !== 'video') return;
        const peer = this.remotes.get(event.connectionId);
        if (!peer) return;
        peer.videoPaused = event.paused;
        this.notify();
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
      peer = { connectionId: remote.connectionId, stream: new MediaStream(), videoPaused: false };
      this.remotes.set(remote.connectionId, peer);
    }
    if (answer.kind === 'video') peer.videoPaused = remote.paused === true;
    // Received during audio only: the server keeps it paused until that ends, and so does this side.
    if (answer.kind === 'video' && this.audioOnly) consumer.pause();
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
    if (this.networkTimer) clearInterval(this.networkTimer);
    this.networkTimer = null;
    this.sendSamples = [];
    this.network = 'unknown';
    this.cameraOff = false;
    this.audioOnly = false;
    this.canSwitchCamera = false;
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

  /** This browser's socket id (its call peer), or null while disconnected. */
  ownConnectionId(): string | null {
    return (this.realtime.current as Socket | null)?.id ?? null;
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
