import { Device, type types } from 'mediasoup-client';
import type { HttpClient } from '../api/http-client';
import { type EchoSample, type EchoVerdict, echoVerdict } from './echo-verdict';

interface OpenAnswer {
  testId: string;
  key: string;
  routerRtpCapabilities: types.RtpCapabilities;
  expiresAt: string;
  iceServers: RTCIceServer[];
}

export interface EchoCheckResult {
  verdict: EchoVerdict;
  sample: EchoSample | null;
}

export interface EchoCheckOptions {
  /** How long inbound media is measured once the echo streams are resumed. */
  measureMs?: number;
  /** Gives up (cannot connect) when the transports are not connected by then. */
  connectTimeoutMs?: number;
}

/**
 * The connectivity check of the device test: opens an echo room of its own on the media service, sends the
 * camera and microphone tracks through the SFU, consumes them back and measures what arrives (inbound-rtp
 * bytes and decoded frames). Uses the same ICE servers (TURN) a call would. Always closes the room.
 */
export async function runEchoCheck(http: HttpClient, stream: MediaStream, options: EchoCheckOptions = {}): Promise<EchoCheckResult> {
  const measureMs = options.measureMs ?? 4_000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 15_000;
  const opened = await http.post<OpenAnswer>('/device-test', undefined, { auth: false });
  const signal = <T>(body: Record<string, unknown>) =>
    http.post<T>(`/device-test/${opened.testId}/signal`, { key: opened.key, signal: body }, { auth: false });
  let device: Device | null = null;
  const transports: types.Transport[] = [];
  try {
    device = new Device();
    await device.load({ routerRtpCapabilities: opened.routerRtpCapabilities });
    const send = device.createSendTransport({ ...(await signal<types.TransportOptions>({ op: 'create-transport', direction: 'send' })), iceServers: opened.iceServers });
    const recv = device.createRecvTransport({ ...(await signal<types.TransportOptions>({ op: 'create-transport', direction: 'recv' })), iceServers: opened.iceServers });
    transports.push(send, recv);
    for (const transport of transports) {
      transport.on('connect', ({ dtlsParameters }, callback, errback) => {
        signal({ op: 'connect-transport', transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
      });
    }
    send.on('produce', ({ kind, rtpParameters }, callback, errback) => {
      signal<{ producerId: string }>({ op: 'produce', transportId: send.id, kind, rtpParameters }).then(({ producerId }) => callback({ id: producerId }), errback);
    });

    const producers: types.Producer[] = [];
    for (const track of stream.getTracks()) producers.push(await send.produce({ track: track.clone() }));
    for (const producer of producers) {
      const answer = await signal<{ consumerId: string; producerId: string; kind: 'audio' | 'video'; rtpParameters: types.RtpParameters }>({
        op: 'consume',
        transportId: recv.id,
        producerId: producer.id,
        rtpCapabilities: device.rtpCapabilities,
      });
      await recv.consume({ id: answer.consumerId, producerId: answer.producerId, kind: answer.kind, rtpParameters: answer.rtpParameters });
      await signal({ op: 'resume-consumer', consumerId: answer.consumerId });
    }

    if (!(await connected(recv, connectTimeoutMs))) return { verdict: 'cannot-connect', sample: null };
    const before = await inbound(recv);
    await new Promise((resolve) => setTimeout(resolve, measureMs));
    const after = await inbound(recv);
    const sample = {
      audioBytes: after.audioBytes - before.audioBytes,
      videoBytes: after.videoBytes - before.videoBytes,
      videoFrames: after.videoFrames - before.videoFrames,
    };
    return { verdict: echoVerdict(sample), sample };
  } catch {
    // Blocked ports, a refused parameter, a lost answer: all mean the same to the person testing.
    return { verdict: 'cannot-connect', sample: null };
  } finally {
    for (const transport of transports) transport.close();
    await signal({ op: 'close' }).catch(() => undefined);
  }
}

function connected(transport: types.Transport, timeoutMs: number): Promise<boolean> {
  if (transport.connectionState === 'connected') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    transport.on('connectionstatechange', (state) => {
      if (state === 'connected') {
        clearTimeout(timer);
        resolve(true);
      } else if (state === 'failed' || state === 'closed') {
        clearTimeout(timer);
        resolve(false);
      }
    });
  });
}

async function inbound(transport: types.Transport): Promise<EchoSample> {
  const totals: EchoSample = { audioBytes: 0, videoBytes: 0, videoFrames: 0 };
  const report = await transport.getStats();
  report.forEach((stat: { type: string; kind?: string; bytesReceived?: number; framesDecoded?: number }) => {
    if (stat.type !== 'inbound-rtp') return;
    if (stat.kind === 'audio') totals.audioBytes += stat.bytesReceived ?? 0;
    if (stat.kind === 'video') {
      totals.videoBytes += stat.bytesReceived ?? 0;
      totals.videoFrames += stat.framesDecoded ?? 0;
    }
  });
  return totals;
}
