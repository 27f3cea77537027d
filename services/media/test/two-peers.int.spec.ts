// Two mediasoup peers created through the real media service over the test stack's NATS.
//
// Node has no WebRTC, so each peer's WebRTC side (ICE, DTLS, SRTP, encoders) is a headless Chromium page
// running mediasoup-client, the same library and version the apps use, sending Chromium's fake camera and
// microphone. The pages do no signalling themselves: every request (join, transports, connect, produce,
// consume, resume) is sent by this test process on the service's real NATS subjects with a real actor of a
// real session (set up through the gateway's API), the way the gateway relays a browser's socket messages.
// Chosen over a pure-TS stack (werift) because it is the peer production actually has. What is asserted is
// the media: DTLS state of both transports, bytes and decoded frames arriving at the consumer, and bytes
// stopping when the service closes the router.
import { Actor, RealtimePush, mediaWorkerProbe } from '@passerelle/contracts';
import {
  type Browser,
  type BrowserContext,
  NestWire,
  connectNestWire,
  eventually,
  launchChromium,
  sessionWithConnectedGuest,
  testStack,
  watchSubject,
} from '@passerelle/testing';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { type BrowserPeer, type PeerStats, bundlePeerScript, openBrowserPeer, servePeerPage, workerHoldingUdpPort } from './browser-peer/browser-peers';

const stack = testStack();

/** Waits until the receiving peer's audio and video bytes and decoded frames have all grown past `before`. */
async function receivingMore(peer: BrowserPeer, before: PeerStats['recv']): Promise<PeerStats['recv']> {
  return eventually(async () => {
    const { recv } = await peer.stats();
    return recv.audioBytes > before.audioBytes && recv.videoBytes > before.videoBytes && recv.videoFrames > before.videoFrames
      ? recv
      : undefined;
  }, 'media arriving at the consumer');
}

/** Waits until nothing more arrives: two samples at least a second apart with the same byte counts. */
async function receivingNothing(peer: BrowserPeer): Promise<void> {
  let last: { at: number; bytes: number } | undefined;
  await eventually(async () => {
    const { recv } = await peer.stats();
    const bytes = recv.audioBytes + recv.videoBytes;
    if (last && bytes === last.bytes && Date.now() - last.at >= 1000) return true;
    if (!last || bytes !== last.bytes) last = { at: Date.now(), bytes };
    return undefined;
  }, 'the consumer receiving nothing more');
}

type Sample = { at: number; recv: PeerStats['recv'] };

/**
 * Samples `peer` and, once a sample is at least `windowMs` older than the latest, asks `settled` of the
 * pair spanning the last `windowMs`; answers the pair that settled. On timeout, the error lists the samples' byte counts.
 */
async function overWindow(peer: BrowserPeer, what: string, settled: (old: Sample, now: Sample) => boolean, windowMs = 2000) {
  const history: Sample[] = [];
  try {
    return await eventually(
      async () => {
        const latest = { at: Date.now(), recv: (await peer.stats()).recv };
        history.push(latest);
        // The newest sample at least windowMs old: the window slides instead of growing from the first.
        let oldest = -1;
        for (let i = history.length - 1; i >= 0 && oldest < 0; i--) if (latest.at - history[i]!.at >= windowMs) oldest = i;
        if (oldest < 0) return undefined;
        history.splice(0, oldest);
        const old = history[0]!;
        return settled(old, latest) ? { old, latest } : undefined;
      },
      what,
      30_000,
    );
  } catch (error) {
    const samples = history.map((h) => `video ${h.recv.videoBytes} audio ${h.recv.audioBytes}`).join('; ');
    throw new Error(`${(error as Error).message}; last samples: ${samples}`);
  }
}

const videoRate = (old: Sample, now: Sample) => ((now.recv.videoBytes - old.recv.videoBytes) * 1000) / (now.at - old.at);

/** Received video bytes per second while video flows, measured over two seconds of this run. */
async function flowingVideoRate(peer: BrowserPeer): Promise<number> {
  const { old, latest } = await overWindow(peer, 'video flowing', (a, b) => b.recv.videoBytes > a.recv.videoBytes);
  return videoRate(old, latest);
}

/**
 * Waits until, over two seconds, audio bytes grew while video arrived at under 5 % of its flowing rate;
 * answers the latest sample. Not "exactly zero": with the consumer paused, Chromium still receives the odd
 * retransmission it asked for about the last frame (one packet every few seconds seen here), which is not
 * video flowing.
 */
async function videoStalledWhileAudioFlows(peer: BrowserPeer, flowingBytesPerSecond: number): Promise<PeerStats['recv']> {
  const { latest } = await overWindow(
    peer,
    'video paused on the server while audio keeps coming',
    (old, now) => videoRate(old, now) < flowingBytesPerSecond * 0.05 && now.recv.audioBytes > old.recv.audioBytes,
  );
  return latest.recv;
}

/** A sends audio and video, B consumes both: both transports connect (DTLS) and media arrives at B. */
async function callBetween(a: BrowserPeer, b: BrowserPeer): Promise<{ produced: { audio: string; video: string } }> {
  await a.join();
  const produced = await a.produce();
  const announced = await b.join();
  // The service tells a joining peer what is already sent in the room: A's two producers.
  expect(announced.map((p) => p.producerId).sort()).toEqual([produced.audio, produced.video].sort());
  expect(new Set(announced.map((p) => p.connectionId))).toEqual(new Set([a.connectionId]));
  for (const producer of announced) await b.consume(producer.producerId);
  const stats = await eventually(async () => {
    const [sender, receiver] = await Promise.all([a.stats(), b.stats()]);
    return sender.send.dtlsState === 'connected' && receiver.recv.dtlsState === 'connected' ? { sender, receiver } : undefined;
  }, 'both transports connected');
  expect(stats.sender.send.connectionState).toBe('connected');
  expect(stats.receiver.recv.connectionState).toBe('connected');
  const first = await receivingMore(b, { audioBytes: 0, videoBytes: 0, videoFrames: 0, connectionState: '', dtlsState: null });
  await receivingMore(b, first);
  return { produced };
}

describe('two mediasoup peers through the media service over NATS', () => {
  let wire: NestWire;
  let browser: Browser;
  let context: BrowserContext;
  let server: Server;
  let pageUrl: string;
  const sockets: Socket[] = [];

  /** A started session with its requester (staff) and guest actors. */
  async function startedSession() {
    const session = await sessionWithConnectedGuest(stack.gatewayUrl);
    sockets.push(session.guestSocket);
    expect((await session.requester.post(`/api/v1/sessions/${session.sessionId}/start`)).status).toBeLessThan(300);
    return session;
  }

  const peer = (actor: Actor, sessionId: string, connectionId: string) =>
    openBrowserPeer(context, pageUrl, wire, { actor, sessionId, connectionId });

  beforeAll(async () => {
    wire = await connectNestWire(stack.natsUrl, 'media-two-peers-int-spec');
    ({ url: pageUrl, server } = await servePeerPage(await bundlePeerScript()));
    browser = await launchChromium();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    server?.close();
    for (const socket of sockets) socket.close();
    await wire?.close();
  });

  it('connects transports and carries a producer to a consumer, refuses a non-participant, and closes the router with the session', async () => {
    const { sessionId, requester, staffActor, guestActor } = await startedSession();
    const staff = await peer(staffActor, sessionId, `staff-${randomUUID()}`);
    const guest = await peer(guestActor, sessionId, `guest-${randomUUID()}`);
    const { produced } = await callBetween(staff, guest);

    // Someone who is not a participant of the session cannot join, nor consume what the staff peer sends,
    // nor drive the guest's peer.
    const stranger = { ...guestActor, participantId: randomUUID(), inviteId: randomUUID() };
    const join = await wire.request('media.call.join.v1', { actor: stranger, sessionId, connectionId: 'stranger' });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(join.err?.code);
    const hijack = await wire.request('media.consume.v1', {
      actor: stranger,
      sessionId,
      connectionId: guest.connectionId,
      transportId: 'any',
      producerId: produced.video,
      rtpCapabilities: {},
    });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(hijack.err?.code);

    // Closing the session closes the router: the session is told, media stops reaching the consumer, and
    // the room cannot be joined again.
    const pushes = await watchSubject<RealtimePush>(stack.natsUrl, 'rt.push.v1');
    try {
      const closed = await requester.post<{ status: string }>(`/api/v1/sessions/${sessionId}/terminate`, { mode: 'close' });
      expect(closed.body.status).toBe('closed');
      await pushes.next((p) => p.event.type === 'call.ended' && p.event.sessionId === sessionId && p.event.reason === 'session-closed');
    } finally {
      await pushes.close();
    }
    await receivingNothing(guest);
    const rejoin = await wire.request('media.call.join.v1', { actor: staffActor, sessionId, connectionId: staff.connectionId });
    expect(rejoin.err?.code).toBe('CONFLICT');
  });

  it('pauses video on the server for a peer in audio only, and ends the call for both on one hang-up', async () => {
    const { sessionId, requester, staffActor, guestActor } = await startedSession();
    const staff = await peer(staffActor, sessionId, `staff-${randomUUID()}`);
    const guest = await peer(guestActor, sessionId, `guest-${randomUUID()}`);
    await callBetween(staff, guest);
    const as = (who: BrowserPeer, actor: Actor) => ({ actor, sessionId, connectionId: who.connectionId });

    // Audio only for the guest: the staff still sends video, but the service forwards the guest none.
    const flowing = await flowingVideoRate(guest);
    const on = await wire.request('media.call.audio-only.v1', { ...as(guest, guestActor), audioOnly: true });
    expect(on.response).toEqual({ audioOnly: true });
    const paused = await videoStalledWhileAudioFlows(guest, flowing);
    const off = await wire.request('media.call.audio-only.v1', { ...as(guest, guestActor), audioOnly: false });
    expect(off.response).toEqual({ audioOnly: false });
    await receivingMore(guest, paused);

    // One hang-up (the staff's) ends the call for both: the session is told, the guest receives nothing
    // more, neither peer can act in the call, and the thread records the end once with its duration.
    const pushes = await watchSubject<RealtimePush>(stack.natsUrl, 'rt.push.v1');
    try {
      const ended = await wire.request('media.call.end.v1', as(staff, staffActor));
      expect(ended.response).toEqual({ ended: true });
      await pushes.next((p) => p.event.type === 'call.ended' && p.event.sessionId === sessionId && p.event.reason === 'hung-up');
    } finally {
      await pushes.close();
    }
    await receivingNothing(guest);
    const afterwards = await wire.request('media.call.audio-only.v1', { ...as(guest, guestActor), audioOnly: true });
    expect(afterwards.err?.code).toBe('CONFLICT');
    const events = await eventually(async () => {
      const thread = await requester.get<{ items: Array<{ event: { type: string; data: Record<string, unknown> } | null }> }>(
        `/api/v1/sessions/${sessionId}/messages`,
      );
      const calls = thread.body.items.filter((m) => m.event?.type.startsWith('call_')).map((m) => m.event!);
      return calls.length >= 2 ? calls : undefined;
    }, 'the call events in the thread');
    expect(events).toEqual([
      { type: 'call_started', data: {} },
      { type: 'call_ended', data: { reason: 'hung-up', durationSeconds: expect.any(Number) } },
    ]);
  });

  it('replaces a killed worker: its call ends, and a new room carries media on a live worker', async () => {
    const { sessionId, staffActor, guestActor } = await startedSession();
    const staff = await peer(staffActor, sessionId, `staff-${randomUUID()}`);
    const guest = await peer(guestActor, sessionId, `guest-${randomUUID()}`);
    await callBetween(staff, guest);

    // The worker behind the call: the one holding the UDP port the service gave the staff's transports.
    const victim = workerHoldingUdpPort(staff.ports[0]!);
    expect(victim).toEqual(expect.any(Number));
    const pushes = await watchSubject<RealtimePush>(stack.natsUrl, 'rt.push.v1');
    try {
      process.kill(victim!, 'SIGKILL');
      await pushes.next((p) => p.event.type === 'call.ended' && p.event.sessionId === sessionId && p.event.reason === 'media-failure');
    } finally {
      await pushes.close();
    }
    await receivingNothing(guest);

    // The pool is whole again (readiness is back), and the same session calls again, on a live worker.
    await eventually(async () => {
      const probe = await wire.request('media.worker.probe.v1', {});
      const answer = probe.response ? mediaWorkerProbe.response.parse(probe.response) : undefined;
      return answer && answer.alive === answer.workers ? true : undefined;
    }, 'every media worker alive again');
    const staffAgain = await peer(staffActor, sessionId, `staff-${randomUUID()}`);
    const guestAgain = await peer(guestActor, sessionId, `guest-${randomUUID()}`);
    await callBetween(staffAgain, guestAgain);
    const worker = workerHoldingUdpPort(staffAgain.ports[0]!);
    expect(worker).toEqual(expect.any(Number));
    expect(worker).not.toBe(victim);
  });
});
