// The browser side of services/media/test/two-peers.int.spec.ts: a mediasoup-client Device in a headless
// Chromium page (Node has no WebRTC). Bundled with mediasoup-client by esbuild when the test starts. It holds
// no signalling of its own: every request goes through `window.natsSignal`, which the test process exposes
// and answers by asking the media service over the real NATS subjects, with a real actor.
import { Device } from 'mediasoup-client';

async function signal(subject, data) {
  const reply = await window.natsSignal(subject, data);
  if (reply.err) throw new Error(`${subject} refused: ${reply.err.code}`);
  return reply.response;
}

const state = { device: null, send: null, recv: null, stream: null };

async function openTransport(direction) {
  const options = await signal('media.transport.create.v1', { direction });
  const transport = direction === 'send' ? state.device.createSendTransport(options) : state.device.createRecvTransport(options);
  transport.on('connect', ({ dtlsParameters }, callback, errback) => {
    signal('media.transport.connect.v1', { transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
  });
  transport.on('produce', ({ kind, rtpParameters }, callback, errback) => {
    signal('media.produce.v1', { transportId: transport.id, kind, rtpParameters }).then(({ producerId }) => callback({ id: producerId }), errback);
  });
  return transport;
}

async function transportStats(transport) {
  const result = { connectionState: transport.connectionState, dtlsState: null, audioBytes: 0, videoBytes: 0, videoFrames: 0 };
  const report = await transport.getStats();
  report.forEach((stat) => {
    if (stat.type === 'transport') result.dtlsState = stat.dtlsState;
    if (stat.type === 'inbound-rtp' && stat.kind === 'audio') result.audioBytes += stat.bytesReceived ?? 0;
    if (stat.type === 'inbound-rtp' && stat.kind === 'video') {
      result.videoBytes += stat.bytesReceived ?? 0;
      result.videoFrames += stat.framesDecoded ?? 0;
    }
  });
  return result;
}

window.peer = {
  /** Joins the session's call: loads the router's capabilities, opens a send and a receive transport. */
  async join() {
    const joined = await signal('media.call.join.v1', {});
    state.device = new Device();
    await state.device.load({ routerRtpCapabilities: joined.routerRtpCapabilities });
    state.send = await openTransport('send');
    state.recv = await openTransport('recv');
    return joined.producers;
  },
  /** Sends Chromium's fake microphone and camera; answers the service's producer ids. */
  async produce() {
    state.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240 } });
    const ids = {};
    for (const track of state.stream.getTracks()) ids[track.kind] = (await state.send.produce({ track })).id;
    return ids;
  },
  /** Receives one producer of another peer: the service's consumer (created paused), then resumed. */
  async consume(producerId) {
    const answer = await signal('media.consume.v1', { transportId: state.recv.id, producerId, rtpCapabilities: state.device.recvRtpCapabilities });
    const consumer = await state.recv.consume({
      id: answer.consumerId,
      producerId: answer.producerId,
      kind: answer.kind,
      rtpParameters: answer.rtpParameters,
    });
    await signal('media.consumer.resume.v1', { consumerId: consumer.id });
    return { consumerId: consumer.id, kind: consumer.kind };
  },
  /**
   * Answers a ringing call the way the apps do (CallClient.join): join, open the camera and send, consume
   * what the room already sends, resume. Answers the milliseconds from the start until the first remote
   * video frame is decoded (receive stats polled every 10 ms), for bench/calls.bench.mjs.
   */
  async accept() {
    const started = performance.now();
    const producers = await window.peer.join();
    await window.peer.produce();
    for (const producer of producers) await window.peer.consume(producer.producerId);
    for (;;) {
      if ((await transportStats(state.recv)).videoFrames > 0) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  },
  /** Both transports' connection and DTLS states, and what arrived on the receive side. */
  async stats() {
    return { send: await transportStats(state.send), recv: await transportStats(state.recv) };
  },
};
