import { ApiClient, DEMO_ACCOUNTS, testStack } from '@passerelle/testing';
import { SignJWT, importJWK } from 'jose';
import { Client } from 'pg';

const { gatewayUrl, databaseUrl } = testStack();

describe('auth through gateway → NATS → identity', () => {
  it('logs in and returns the user on /me', async () => {
    const api = new ApiClient(gatewayUrl);
    const login = await api.post<{ accessToken: string; expiresIn: number; user: { email: string } }>(
      '/api/v1/auth/login',
      { email: 'Requester@Demo.test ', password: 'demo-passerelle' },
    );
    expect(login.status).toBe(200);
    expect(login.body.user.email).toBe(DEMO_ACCOUNTS.requester);
    expect(login.body.expiresIn).toBeGreaterThan(0);
    // The refresh token only travels in the httpOnly cookie.
    expect(Object.keys(login.body).sort()).toEqual(['accessToken', 'expiresIn', 'user']);
    expect(login.headers.get('set-cookie')).toMatch(/passerelle_refresh=.+; .*HttpOnly; SameSite=Strict/);

    const me = await api.get<{ displayName: string; roles: string[]; organisation: { name: string } }>('/api/v1/me', {
      token: login.body.accessToken,
    });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ displayName: 'Amina Diallo', roles: ['requester'], organisation: { name: 'Demo District Hospital' } });
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS, the same as an unknown e-mail', async () => {
    const api = new ApiClient(gatewayUrl);
    const wrong = await api.post('/api/v1/auth/login', { email: DEMO_ACCOUNTS.expert, password: 'wrong' });
    const unknown = await api.post('/api/v1/auth/login', { email: 'nobody@demo.test', password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String) });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers malformed bodies with 400 VALIDATION_FAILED without echoing values', async () => {
    const api = new ApiClient(gatewayUrl);
    const broken = await api.request('POST', '/api/v1/auth/login', { rawBody: '{"email": "a@b.c", ' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const shape = await api.post('/api/v1/auth/login', { email: 'patient-name@nowhere', password: 42, extra: true });
    expect(shape.status).toBe(400);
    expect(shape.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(shape.body)).not.toContain('patient-name');
  });

  it('refuses missing, forged and expired access tokens with 401 and a code', async () => {
    const api = new ApiClient(gatewayUrl);
    const { accessToken } = await api.login(DEMO_ACCOUNTS.admin);
    expect((await api.get('/api/v1/me', { token: null })).body).toMatchObject({ code: 'UNAUTHENTICATED' });

    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['expert'] })).toString('base64url')}.${signature}`;
    const forgedAnswer = await api.get('/api/v1/me', { token: forged });
    expect(forgedAnswer.status).toBe(401);
    expect(forgedAnswer.body).toMatchObject({ code: 'TOKEN_INVALID' });

    // Sign an already expired token with identity's real key, read from its schema.
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT kid, private_jwk FROM identity.signing_keys WHERE active ORDER BY created_at DESC LIMIT 1');
    await db.end();
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ org: claims.org, roles: claims.roles, typ: 'staff' })
      .setProtectedHeader({ alg: 'ES256', kid: rows[0].kid })
      .setSubject(claims.sub)
      .setIssuer('passerelle')
      .setAudience('passerelle')
      .setIssuedAt(now - 1000)
      .setExpirationTime(now - 10)
      .sign(await importJWK(rows[0].private_jwk, 'ES256'));
    const expiredAnswer = await api.get('/api/v1/me', { token: expired });
    expect(expiredAnswer.status).toBe(401);
    expect(expiredAnswer.body).toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('rotates refresh tokens: the old one is refused and its replay revokes the family', async () => {
    const api = new ApiClient(gatewayUrl);
    await api.login(DEMO_ACCOUNTS.requester);
    const firstCookie = api.refreshCookie!;
    const second = await api.refresh();
    expect(second.status).toBe(200);
    const secondCookie = api.refreshCookie!;
    expect(secondCookie).not.toBe(firstCookie);
    expect((await api.get('/api/v1/me')).status).toBe(200);

    const replay = await api.refresh(firstCookie);
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ code: 'TOKEN_INVALID' });
    // The replay revoked the whole family, including the successor.
    expect((await api.refresh(secondCookie)).status).toBe(401);
  });

  it('refreshes from the httpOnly cookie and logout revokes it', async () => {
    const api = new ApiClient(gatewayUrl);
    const login = await api.request('POST', '/api/v1/auth/login', {
      body: { email: DEMO_ACCOUNTS.expert, password: 'demo-passerelle' },
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const refreshed = await api.request('POST', '/api/v1/auth/refresh', { headers: { cookie } });
    expect(refreshed.status).toBe(200);
    const nextCookie = refreshed.headers.get('set-cookie')!.split(';')[0]!;
    expect((await api.request('POST', '/api/v1/auth/logout', { headers: { cookie: nextCookie } })).status).toBe(204);
    const afterLogout = await api.request('POST', '/api/v1/auth/refresh', { headers: { cookie: nextCookie } });
    expect(afterLogout.status).toBe(401);
    expect((await api.request('POST', '/api/v1/auth/refresh')).body).toMatchObject({ code: 'TOKEN_INVALID' });
  });
});
