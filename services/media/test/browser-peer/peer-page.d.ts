import type { Server } from 'node:http';

/** peer.mjs and mediasoup-client in one browser script. */
export function bundlePeerScript(): Promise<string>;
/** Serves the peer page and its script on 127.0.0.1; resolves with its address. */
export function servePeerPage(script: string): Promise<{ url: string; server: Server }>;
