import { IceServersAnswer } from '@passerelle/contracts';
import { createHmac, randomBytes } from 'node:crypto';

export interface TurnSettings {
  urls: string[];
  secret: string;
  ttlSeconds: number;
}

/**
 * Short-lived TURN credentials of the TURN REST API scheme (coturn `use-auth-secret`): the username is
 * `<expiry-unix>:<tag>` and the password base64(HMAC-SHA1(secret, username)); coturn recomputes it with the
 * same static secret and refuses it after the expiry. The tag is random rather than the participant's id so
 * that nothing identifying a person reaches the TURN server's logs.
 */
export function turnCredential(secret: string, expiresAtUnix: number, tag: string): { username: string; credential: string } {
  const username = `${expiresAtUnix}:${tag}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}

/** The ICE servers of one answer: none when no TURN URL is configured. */
export function iceServersFor(settings: TurnSettings, now: Date = new Date()): IceServersAnswer {
  const expiresAtUnix = Math.floor(now.getTime() / 1000) + settings.ttlSeconds;
  const expiresAt = new Date(expiresAtUnix * 1000).toISOString();
  if (settings.urls.length === 0) return { iceServers: [], expiresAt };
  const { username, credential } = turnCredential(settings.secret, expiresAtUnix, randomBytes(12).toString('hex'));
  return { iceServers: [{ urls: settings.urls, username, credential }], expiresAt };
}
