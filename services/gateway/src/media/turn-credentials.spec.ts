import { iceServersAnswerSchema } from '@passerelle/contracts';
import { createHmac } from 'node:crypto';
import { iceServersFor, turnCredential } from './turn-credentials';

const settings = { urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'], secret: 'north-wind-secret-0123', ttlSeconds: 3600 };

describe('TURN REST API credentials', () => {
  it('matches an independently computed HMAC-SHA1 of the username', () => {
    // Fixed vector: the username and the HMAC computed here with node:crypto directly.
    const expected = createHmac('sha1', 'north-wind-secret-0123').update('1790000000:abc123').digest('base64');
    expect(turnCredential('north-wind-secret-0123', 1790000000, 'abc123')).toEqual({ username: '1790000000:abc123', credential: expected });
  });

  it('depends on the secret: another secret gives a credential coturn would refuse', () => {
    const ours = turnCredential('north-wind-secret-0123', 1790000000, 'abc123').credential;
    expect(turnCredential('another-secret-456789', 1790000000, 'abc123').credential).not.toBe(ours);
    expect(Buffer.from(ours, 'base64')).toHaveLength(20); // a SHA-1 digest
  });

  it('expires after the configured time and gives every answer its own username', () => {
    const now = new Date('2026-11-22T05:00:00.000Z');
    const first = iceServersFor(settings, now);
    const second = iceServersFor(settings, now);
    expect(iceServersAnswerSchema.parse(first)).toEqual(first);
    expect(first.expiresAt).toBe('2026-11-22T06:00:00.000Z');
    const [server] = first.iceServers;
    expect(server.urls).toEqual(settings.urls);
    const [expiry, tag] = server.username.split(':');
    expect(Number(expiry)).toBe(Date.parse('2026-11-22T06:00:00.000Z') / 1000);
    expect(tag).toMatch(/^[0-9a-f]{24}$/);
    expect(server.credential).toBe(createHmac('sha1', settings.secret).update(server.username).digest('base64'));
    expect(second.iceServers[0].username).not.toBe(server.username);
  });

  it('hands out no ICE server when no TURN URL is configured', () => {
    expect(iceServersFor({ ...settings, urls: [] }, new Date('2026-11-22T05:00:00.000Z'))).toEqual({
      iceServers: [],
      expiresAt: '2026-11-22T06:00:00.000Z',
    });
  });
});
