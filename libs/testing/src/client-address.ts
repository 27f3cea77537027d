import { randomInt } from 'node:crypto';

// Jest loads this module afresh for every test file: each file starts at its own random point and counts
// up from there, so two clients of one file never share an address and files rarely do.
const start = randomInt(0, 1 << 17);
let issued = 0;

/**
 * A client address for the gateway's per-address rate limits (sent as X-Forwarded-For, trusted from
 * loopback), from 198.18.0.0/15 (RFC 2544, benchmarking). A shared address is harmless unless a test
 * exhausts its budget: such tests use RATE_LIMIT_TEST_ADDRESS, which this never returns.
 */
export function nextClientAddress(): string {
  const n = (start + issued++) % (1 << 17);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 0xff}.${n & 0xff}`;
}

/** Reserved for the test that drives one address into the rate limit (TEST-NET-1, RFC 5737). */
export const RATE_LIMIT_TEST_ADDRESS = '192.0.2.77';
