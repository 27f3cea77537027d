let issued = 0;

/**
 * A client address no other test client of this run uses, so the gateway's per-address rate limits never
 * mix two tests (a random pick among a few hundred collides often enough to fail a run). Addresses come
 * from 198.18.0.0/15 (RFC 2544, benchmarking); each jest worker process gets its own block by pid.
 */
export function nextClientAddress(): string {
  const n = ((process.pid % 250) * 256 + issued++) % (1 << 17);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 0xff}.${n & 0xff}`;
}
