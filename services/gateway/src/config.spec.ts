import { configSchema } from './config';

const base = { NATS_URL: 'nats://127.0.0.1:4222', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('gateway TURN config', () => {
  it('runs without TURN by default', () => {
    const config = configSchema.parse(base);
    expect(config.TURN_URLS).toEqual([]);
    expect(config.TURN_CREDENTIAL_TTL_SECONDS).toBe(43200);
  });

  it('reads comma-separated turn:/turns: URLs', () => {
    const config = configSchema.parse({
      ...base,
      TURN_URLS: ' turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349 ,',
      TURN_STATIC_AUTH_SECRET: '0123456789abcdef0123',
    });
    expect(config.TURN_URLS).toEqual(['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349']);
  });

  it('refuses other URLs, and TURN URLs without the shared secret', () => {
    expect(configSchema.safeParse({ ...base, TURN_URLS: 'https://turn.example.org', TURN_STATIC_AUTH_SECRET: '0123456789abcdef0123' }).success).toBe(false);
    const noSecret = configSchema.safeParse({ ...base, TURN_URLS: 'turn:turn.example.org:3478' });
    expect(noSecret.success).toBe(false);
    expect(noSecret.error?.issues.map((issue) => issue.path.join('.'))).toContain('TURN_STATIC_AUTH_SECRET');
  });
});
