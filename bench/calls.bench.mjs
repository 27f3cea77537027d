#!/usr/bin/env node
// Calls (issue 4): time from "accept call" to the first decoded remote video frame, and the SFU's CPU per
// forwarded stream with N simultaneous 1:1 calls of fake media.
//
// The SFU is the media service's own code (services/media/dist: its worker pool and router codecs) on one
// mediasoup worker; the peers are headless Chromium pages running mediasoup-client (the page of the media
// integration tests, services/media/test/browser-peer) with Chromium's fake camera and microphone. The
// signalling is answered in this process with the same mediasoup calls the service's call-signalling use
// case makes (transports on 127.0.0.1, consumers created paused then resumed); the service's NATS and
// gateway hops (about a millisecond each on loopback) and chat's membership check are not in the figures.
//
// Results are ratios against floors measured in the same run, with milliseconds and CPU percentages for
// information only; nothing here asserts a time:
//   - accept → first frame, against a direct RTCPeerConnection loopback in the same page (same fake camera,
//     no SFU, no signalling round trips) to its first decoded frame;
//   - worker CPU per forwarded stream (one consumer), above the idle worker's CPU, at each N against the
//     1-call figure, and the consumers one worker could forward at 100 % of a core at that rate against
//     mediasoup's published ~500 consumers per worker.
//
//   npx --yes pnpm@10.34.8 --filter ./libs/contracts --filter ./libs/testing --filter ./services/media build
//   node bench/calls.bench.mjs [--runs 5] [--calls 1,2,4] [--window 10]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    calls: { type: 'string', default: '1,2,4' },
    window: { type: 'string', default: '10' },
  },
});
const RUNS = Number(args.runs);
const CALL_COUNTS = args.calls.split(',').map(Number);
const WINDOW_SECONDS = Number(args.window);
const PUBLISHED_CONSUMERS_PER_WORKER = 500;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mediaDir = join(root, 'services/media');
const require = createRequire(join(mediaDir, 'package.json'));
const { MediasoupWorkerPool } = require(join(mediaDir, 'dist/infra/mediasoup/worker-pool.js'));
const { MEDIA_CODECS } = require(join(mediaDir, 'dist/infra/mediasoup/media-codecs.js'));
const { bundlePeerScript, servePeerPage } = require(join(mediaDir, 'test/browser-peer/peer-page.js'));
const { launchChromium } = require(join(root, 'libs/testing/dist/browser.js'));

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** utime + stime of a process, in seconds of CPU. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after the closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** The worker's CPU, in % of one core, over the window. */
async function workerCpuPercent(pid, seconds) {
  const startCpu = cpuSeconds(pid);
  const started = performance.now();
  await sleep(seconds * 1000);
  return ((cpuSeconds(pid) - startCpu) / ((performance.now() - started) / 1000)) * 100;
}

// ---- the SFU: the service's pool with one worker, and its signalling answered here -----------------
const pool = new MediasoupWorkerPool();
await pool.start({ numWorkers: 1, rtcMinPort: 47000, rtcMaxPort: 47999, logLevel: 'none' });
const worker = pool.workers()[0];

/** One call room: a router and its peers (connection id → transports, producers, consumers). */
async function openRoom() {
  const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
  return { router, peers: new Map() };
}

/** What the media service answers on each call subject, for one peer of one room. */
function signalling(room, connectionId) {
  const peer = { transports: new Map(), producers: new Map(), consumers: new Map() };
  room.peers.set(connectionId, peer);
  const handlers = {
    'media.call.join.v1': async () => ({
      routerRtpCapabilities: room.router.rtpCapabilities,
      producers: [...room.peers.entries()]
        .filter(([id]) => id !== connectionId)
        .flatMap(([id, other]) => [...other.producers.values()].map((p) => ({ producerId: p.id, connectionId: id, kind: p.kind, paused: p.paused }))),
    }),
    'media.transport.create.v1': async () => {
      const transport = await room.router.createWebRtcTransport({
        listenIps: [{ ip: '127.0.0.1' }],
        enableUdp: true,
        enableTcp: true,
        preferUdp: true,
      });
      peer.transports.set(transport.id, transport);
      return { id: transport.id, iceParameters: transport.iceParameters, iceCandidates: transport.iceCandidates, dtlsParameters: transport.dtlsParameters };
    },
    'media.transport.connect.v1': async ({ transportId, dtlsParameters }) => {
      await peer.transports.get(transportId).connect({ dtlsParameters });
      return { connected: true };
    },
    'media.produce.v1': async ({ transportId, kind, rtpParameters }) => {
      const producer = await peer.transports.get(transportId).produce({ kind, rtpParameters });
      peer.producers.set(producer.id, producer);
      return { producerId: producer.id };
    },
    'media.consume.v1': async ({ transportId, producerId, rtpCapabilities }) => {
      const consumer = await peer.transports.get(transportId).consume({ producerId, rtpCapabilities, paused: true });
      peer.consumers.set(consumer.id, consumer);
      return { consumerId: consumer.id, producerId, kind: consumer.kind, rtpParameters: consumer.rtpParameters };
    },
    'media.consumer.resume.v1': async ({ consumerId }) => {
      await peer.consumers.get(consumerId).resume();
      return { resumed: true };
    },
  };
  return async (subject, data) => {
    try {
      return { response: await handlers[subject](data) };
    } catch (error) {
      return { err: { code: 'BENCH_SIGNALLING', message: String(error) } };
    }
  };
}

// ---- the peers ------------------------------------------------------------------------------------
const { url, server } = await servePeerPage(await bundlePeerScript());
const browser = await launchChromium();
const context = await browser.newContext();
let nextConnection = 0;

async function openPeer(room) {
  const page = await context.newPage();
  await page.exposeFunction('natsSignal', signalling(room, `peer-${nextConnection++}`));
  await page.goto(url);
  await page.waitForFunction(() => 'peer' in globalThis);
  return page;
}

/** A 1:1 call: A sends, B accepts (and sends); both receive. Answers B's accept → first frame time. */
async function oneToOneCall(room) {
  const a = await openPeer(room);
  const b = await openPeer(room);
  await a.evaluate(async () => {
    await globalThis.peer.join();
    await globalThis.peer.produce();
  });
  const acceptMs = await b.evaluate(() => globalThis.peer.accept());
  // A consumes what B sends, so that the call forwards four streams (audio and video, both ways).
  const bProducers = [...[...room.peers.values()][1].producers.keys()];
  for (const producerId of bProducers) await a.evaluate((id) => globalThis.peer.consume(id), producerId);
  await a.waitForFunction(async () => (await globalThis.peer.stats()).recv.videoFrames > 0, undefined, { polling: 50 });
  return { pages: [a, b], acceptMs };
}

/** The floor: the same fake camera through a direct loopback RTCPeerConnection pair, to its first frame. */
async function directLoopbackFirstFrameMs(page) {
  return page.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240 } });
    const started = performance.now();
    const sender = new RTCPeerConnection();
    const receiver = new RTCPeerConnection();
    sender.onicecandidate = (event) => event.candidate && receiver.addIceCandidate(event.candidate);
    receiver.onicecandidate = (event) => event.candidate && sender.addIceCandidate(event.candidate);
    for (const track of stream.getTracks()) sender.addTrack(track, stream);
    await sender.setLocalDescription(await sender.createOffer());
    await receiver.setRemoteDescription(sender.localDescription);
    await receiver.setLocalDescription(await receiver.createAnswer());
    await sender.setRemoteDescription(receiver.localDescription);
    for (;;) {
      let frames = 0;
      (await receiver.getStats()).forEach((stat) => {
        if (stat.type === 'inbound-rtp' && stat.kind === 'video') frames += stat.framesDecoded ?? 0;
      });
      if (frames > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const elapsed = performance.now() - started;
    sender.close();
    receiver.close();
    stream.getTracks().forEach((track) => track.stop());
    return elapsed;
  });
}

async function closeCall(room, pages) {
  await Promise.all(pages.map((page) => page.close()));
  room.router.close();
}

try {
  // ---- accept → first decoded remote frame ---------------------------------------------------------
  const accept = [];
  const direct = [];
  for (let run = 0; run < RUNS; run++) {
    const room = await openRoom();
    const { pages, acceptMs } = await oneToOneCall(room);
    accept.push(acceptMs);
    direct.push(await directLoopbackFirstFrameMs(pages[0]));
    await closeCall(room, pages);
  }

  // ---- SFU CPU per forwarded stream ------------------------------------------------------------------
  const idleRoom = await openRoom();
  const idleCpu = await workerCpuPercent(worker.pid, WINDOW_SECONDS);
  idleRoom.router.close();
  const load = [];
  for (const calls of CALL_COUNTS) {
    const rooms = await Promise.all(Array.from({ length: calls }, () => openRoom()));
    const pages = [];
    for (const room of rooms) pages.push(...(await oneToOneCall(room)).pages);
    const consumers = rooms.flatMap((room) => [...room.peers.values()].flatMap((peer) => [...peer.consumers.values()]));
    const sentBytes = async () =>
      (await Promise.all(consumers.map((c) => c.getStats()))).map((stats) =>
        stats.filter((s) => s.type === 'outbound-rtp').reduce((sum, s) => sum + s.byteCount, 0),
      );
    const before = await sentBytes();
    const started = performance.now();
    const cpu = await workerCpuPercent(worker.pid, WINDOW_SECONDS);
    const seconds = (performance.now() - started) / 1000;
    // Only consumers that really forwarded media during the window count (mediasoup's own counters).
    const sent = (await sentBytes()).map((bytes, i) => bytes - before[i]);
    const forwarding = sent.filter((bytes) => bytes > 0).length;
    const kbps = (sent.reduce((a, b) => a + b, 0) * 8) / 1000 / seconds / forwarding;
    load.push({ calls, streams: forwarding, cpu, perStream: (cpu - idleCpu) / forwarding, kbps });
    for (const room of rooms) room.router.close();
    await Promise.all(pages.map((page) => page.close()));
  }

  // ---- report ---------------------------------------------------------------------------------------
  const acceptMedian = median(accept);
  const directMedian = median(direct);
  const base = load[0];
  console.log(`calls bench (1 mediasoup worker, Chromium fake media 320x240 VP8 + Opus, ${RUNS} runs, ${WINDOW_SECONDS} s CPU windows)`);
  console.log('');
  console.log('accept -> first decoded remote video frame');
  console.log(`  through the SFU (join, camera, send, consume, resume): median ${acceptMedian.toFixed(0)} ms (runs: ${accept.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`  floor, direct loopback RTCPeerConnection:               median ${directMedian.toFixed(0)} ms (runs: ${direct.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`  ratio SFU / floor: ${(acceptMedian / directMedian).toFixed(2)}`);
  console.log('');
  console.log(`SFU worker CPU (% of one core); idle worker floor: ${idleCpu.toFixed(2)} %`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (shared: other work skews CPU figures)`);
  console.log('  calls  streams  kbit/s/stream  worker CPU  per stream  vs 1-call  consumers/worker at 100 %  vs ~500 published');
  for (const row of load) {
    const capacity = 100 / row.perStream;
    console.log(
      `  ${String(row.calls).padStart(5)}  ${String(row.streams).padStart(7)}  ${row.kbps.toFixed(0).padStart(13)}  ${row.cpu.toFixed(2).padStart(8)} %  ${row.perStream.toFixed(3).padStart(8)} %  ${(row.perStream / base.perStream).toFixed(2).padStart(9)}  ${capacity.toFixed(0).padStart(25)}  ${(capacity / PUBLISHED_CONSUMERS_PER_WORKER).toFixed(2).padStart(17)}`,
    );
  }
  console.log('');
  console.log('(streams: consumers that forwarded media during the window, 4 per 1:1 call: audio and video both ways;');
  console.log(' the worker CPU also covers receiving the producers, one per forwarded stream in a 1:1 call)');
} finally {
  await context.close();
  await browser.close();
  server.close();
  pool.close();
}
