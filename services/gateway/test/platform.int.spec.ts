import { ApiClient, DEMO_ACCOUNTS, RATE_LIMIT_TEST_ADDRESS, testStack } from '@passerelle/testing';
import { io } from 'socket.io-client';

const { gatewayUrl } = testStack();

describe('gateway platform', () => {
  it('reports every service ready on /api/v1/health', async () => {
    const health = await new ApiClient(gatewayUrl).get<{ ready: boolean; services: Record<string, { ready: boolean; checks: Record<string, { status: string }> }> }>(
      '/api/v1/health',
    );
    expect(health.status).toBe(200);
    expect(Object.keys(health.body.services).sort()).toEqual(
      ['chat', 'expertise', 'gateway', 'identity', 'invitations', 'media', 'notifications', 'scheduling'],
    );
    for (const [name, readiness] of Object.entries(health.body.services)) {
      expect({ name, ready: readiness.ready }).toEqual({ name, ready: true });
      expect(readiness.checks.nats?.status).toBe('up');
    }
    expect(health.body.services.identity!.checks.postgres?.status).toBe('up');
    expect(health.body.services.chat!.checks.redis?.status).toBe('up');
  });

  it('documents the API in OpenAPI, from the contract schemas', async () => {
    const api = new ApiClient(gatewayUrl);
    const docs = await api.get<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>('/api/docs-json');
    expect(docs.status).toBe(200);
    for (const path of ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout', '/api/v1/me', '/api/v1/health']) {
      expect(docs.body.paths).toHaveProperty([path]);
    }
    expect(JSON.stringify(docs.body.paths['/api/v1/auth/login']!.post!.requestBody)).toContain('password');
    expect((await api.get('/api/docs')).status).toBe(200);
  });

  it('sends security headers and locks CORS to the configured origin', async () => {
    const api = new ApiClient(gatewayUrl);
    const response = await api.request('OPTIONS', '/api/v1/me', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const page = await api.get('/portal/');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the three SPAs with history fallback on one origin', async () => {
    const api = new ApiClient(gatewayUrl);
    for (const path of ['/portal/', '/portal/some/deep/route', '/expert/', '/join/', '/join/abcdef']) {
      const page = await api.get<string>(path);
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(page.body).toContain('<div id="app"');
    }
  });

  it('rate-limits login attempts per client address with 429 RATE_LIMITED', async () => {
    const api = new ApiClient(gatewayUrl, { ip: RATE_LIMIT_TEST_ADDRESS });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      statuses.push((await api.post('/api/v1/auth/login', { email: 'nobody@demo.test', password: 'x' })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeGreaterThan(0);
    const limited = await api.post('/api/v1/auth/login', { email: 'nobody@demo.test', password: 'x' });
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED' });
    // Another client address is not affected.
    expect((await new ApiClient(gatewayUrl).post('/api/v1/auth/login', { email: 'nobody@demo.test', password: 'x' })).status).toBe(401);
  });

  it('authenticates WebSocket connections at /ws with the access token', async () => {
    const api = new ApiClient(gatewayUrl);
    const { accessToken, user } = await api.login(DEMO_ACCOUNTS.requester);

    const accepted = io(gatewayUrl, { path: '/ws', auth: { token: accessToken }, transports: ['websocket'] });
    const ready = await new Promise<{ userId: string }>((resolve, reject) => {
      accepted.once('ready', resolve);
      accepted.once('connect_error', reject);
    });
    expect(ready.userId).toBe(user.id);
    accepted.close();

    const refused = io(gatewayUrl, { path: '/ws', auth: { token: `${accessToken}x` }, transports: ['websocket'] });
    const error = await new Promise<Error>((resolve) => refused.once('connect_error', resolve));
    expect(error.message).toBe('TOKEN_INVALID');
    refused.close();
  });
});
