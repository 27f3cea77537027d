import { createHash } from 'node:crypto';

/**
 * The id of a session's "purged" event, derived from the session id: a purge retried after a crash
 * publishes the same event again, which JetStream and every consumer then treat as a duplicate.
 */
export function purgeEventId(sessionId: string): string {
  const h = createHash('sha256').update(`chat.session-purged:${sessionId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
