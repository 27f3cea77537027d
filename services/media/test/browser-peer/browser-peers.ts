// Test support for two-peers.int.spec.ts: opens one peer page (peer-page.js) per call peer, whose every
// signalling request is sent by this process over NATS with the peer's actor, and finds the worker behind a
// transport.
import type { Actor } from '@passerelle/contracts';
import type { BrowserContext, NestReply, Page } from '@passerelle/testing';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

export { bundlePeerScript, servePeerPage } from './peer-page';

export interface PeerStats {
  send: TransportStats;
  recv: TransportStats;
}
interface TransportStats {
  connectionState: string;
  dtlsState: string | null;
  audioBytes: number;
  videoBytes: number;
  videoFrames: number;
}

/** What peer.mjs puts on `window` (this file has no DOM types). */
interface PeerWindow {
  peer: {
    join(): Promise<Array<{ producerId: string; connectionId: string; kind: 'audio' | 'video' }>>;
    produce(): Promise<{ audio: string; video: string }>;
    consume(producerId: string): Promise<{ consumerId: string; kind: string }>;
    stats(): Promise<PeerStats>;
  };
}

export interface BrowserPeer {
  page: Page;
  connectionId: string;
  /** The RTC ports the service gave this peer's transports (from its ICE candidates). */
  ports: number[];
  join(): ReturnType<PeerWindow['peer']['join']>;
  produce(): ReturnType<PeerWindow['peer']['produce']>;
  consume(producerId: string): ReturnType<PeerWindow['peer']['consume']>;
  stats(): Promise<PeerStats>;
}

type Wire = { request(subject: string, data: unknown): Promise<NestReply> };

/** A page acting as one call peer of `sessionId` for `actor`; the test process carries its signalling over NATS. */
export async function openBrowserPeer(
  context: BrowserContext,
  url: string,
  wire: Wire,
  peer: { actor: Actor; sessionId: string; connectionId: string },
): Promise<BrowserPeer> {
  const page = await context.newPage();
  const ports: number[] = [];
  await page.exposeFunction('natsSignal', async (subject: string, data: Record<string, unknown>) => {
    const reply = await wire.request(subject, { ...data, ...peer });
    if (subject === 'media.transport.create.v1' && reply.response) {
      for (const candidate of (reply.response as { iceCandidates: Array<{ port: number; protocol: string }> }).iceCandidates) {
        if (candidate.protocol === 'udp') ports.push(candidate.port);
      }
    }
    return reply;
  });
  await page.goto(url);
  await page.waitForFunction(() => 'peer' in globalThis);
  return {
    page,
    connectionId: peer.connectionId,
    ports,
    join: () => page.evaluate(() => (globalThis as unknown as PeerWindow).peer.join()),
    produce: () => page.evaluate(() => (globalThis as unknown as PeerWindow).peer.produce()),
    consume: (producerId) => page.evaluate((id) => (globalThis as unknown as PeerWindow).peer.consume(id), producerId),
    stats: () => page.evaluate(() => (globalThis as unknown as PeerWindow).peer.stats()),
  };
}

/**
 * The mediasoup worker process that holds a UDP port: the socket's inode from /proc/net/udp, then the
 * `mediasoup-worker` process with that socket among its file descriptors. Only the stack's own worker
 * can hold a port the stack's media service just gave out.
 */
export function workerHoldingUdpPort(port: number): number | undefined {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/udp', '/proc/net/udp6']) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${portHex}`)) inodes.add(fields[9]!);
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('mediasoup-work')) continue;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // The process ended while it was being looked at, or is not ours to read.
    }
  }
  return undefined;
}
