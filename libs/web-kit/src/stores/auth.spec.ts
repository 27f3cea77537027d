import { createPinia, setActivePinia } from 'pinia';
import { apiClient } from '../api/http-client';
import type { AuthSession, CurrentUser } from '../api/types';
import { useAuthStore } from './auth';

type Reply = { status: number; body?: unknown } | 'network-down';

const session: AuthSession = {
  accessToken: 'access-1',
  expiresIn: 900,
  user: { id: 'u1', email: 'requester@demo.test', displayName: 'Awa Diallo', roles: ['requester'], organisationId: 'o1' },
};
const profile: CurrentUser = {
  id: 'u1',
  email: 'requester@demo.test',
  displayName: 'Awa Diallo',
  roles: ['requester'],
  organisation: { id: 'o1', name: 'Centre de santé de Koro' },
};

/** Replaces the browser's fetch with scripted replies keyed by "METHOD path"; anything else fails the test. */
function serve(replies: Record<string, Reply[]>) {
  const calls: { key: string; authorization: string | null; body: unknown }[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const key = `${init.method} ${String(input)}`;
    calls.push({
      key,
      authorization: new Headers(init.headers).get('Authorization'),
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const reply = replies[key]?.shift();
    if (reply === undefined) throw new Error(`unexpected request ${key}`);
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return calls;
}

describe('auth store', () => {
  const realFetch = globalThis.fetch;
  let store: ReturnType<typeof useAuthStore>;

  beforeEach(() => {
    setActivePinia(createPinia());
    store = useAuthStore();
  });

  afterEach(() => {
    store.$dispose();
    apiClient.clearSession();
    globalThis.fetch = realFetch;
  });

  it('restores the session from the refresh cookie on start', async () => {
    const calls = serve({
      'POST /api/v1/auth/refresh': [{ status: 200, body: session }],
      'GET /api/v1/me': [{ status: 200, body: profile }],
    });

    await store.hydrate();

    expect(store.isAuthenticated).toBe(true);
    expect(store.user?.organisation.name).toBe('Centre de santé de Koro');
    expect(calls[1]?.authorization).toBe('Bearer access-1');
  });

  it('stays signed out when there is no session to restore', async () => {
    const calls = serve({ 'POST /api/v1/auth/refresh': [{ status: 401, body: { code: 'TOKEN_INVALID', message: 'x' } }] });

    await store.hydrate();
    await store.hydrate();

    expect(store.isAuthenticated).toBe(false);
    expect(store.status).toBe('ready');
    expect(calls).toHaveLength(1);
  });

  it('tries again on the next hydrate when the network was down', async () => {
    serve({
      'POST /api/v1/auth/refresh': ['network-down', { status: 200, body: session }],
      'GET /api/v1/me': [{ status: 200, body: profile }],
    });

    await store.hydrate();
    expect(store.isAuthenticated).toBe(false);

    await store.hydrate();
    expect(store.isAuthenticated).toBe(true);
  });

  it('signs in, then reads the profile with the new access token', async () => {
    const calls = serve({
      'POST /api/v1/auth/login': [{ status: 200, body: session }],
      'GET /api/v1/me': [{ status: 200, body: profile }],
    });

    await store.login('requester@demo.test', 'secret');

    expect(calls[0]).toMatchObject({ authorization: null, body: { email: 'requester@demo.test', password: 'secret' } });
    expect(calls[1]?.authorization).toBe('Bearer access-1');
    expect(store.user?.displayName).toBe('Awa Diallo');
    expect(store.hasAnyRole(['requester', 'admin'])).toBe(true);
    expect(store.hasAnyRole(['expert'])).toBe(false);
  });

  it('gives back the one-time-code challenge of an external account, signed in only once the code is right', async () => {
    const challenge = { challengeId: 'c1', channel: 'email', sentTo: 'a***@clinic.test', expiresIn: 300, attemptsLeft: 5, canResend: true };
    const calls = serve({
      'POST /api/v1/auth/login': [{ status: 200, body: { otpChallenge: challenge } }],
      'POST /api/v1/auth/otp/verify': [
        { status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'x' } },
        { status: 200, body: session },
      ],
      'GET /api/v1/me': [{ status: 200, body: profile }],
    });

    await expect(store.login('awa@clinic.test', 'secret')).resolves.toEqual(challenge);
    expect(store.isAuthenticated).toBe(false);
    expect(apiClient.getAccessToken()).toBeNull();

    await expect(store.verifyOtp('c1', '000000')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(store.isAuthenticated).toBe(false);
    await store.verifyOtp('c1', '123456');

    expect(calls.filter((call) => call.key.endsWith('/otp/verify')).map((call) => call.body)).toEqual([
      { challengeId: 'c1', code: '000000' },
      { challengeId: 'c1', code: '123456' },
    ]);
    expect(calls.at(-1)?.authorization).toBe('Bearer access-1');
    expect(store.user?.displayName).toBe('Awa Diallo');
  });

  it('keeps nobody signed in when the profile cannot be read after login', async () => {
    serve({
      'POST /api/v1/auth/login': [{ status: 200, body: session }],
      'GET /api/v1/me': ['network-down'],
    });

    await expect(store.login('requester@demo.test', 'secret')).rejects.toMatchObject({ code: 'NETWORK' });

    expect(store.isAuthenticated).toBe(false);
    expect(apiClient.getAccessToken()).toBeNull();
  });

  it('signs out locally even when the server cannot be reached', async () => {
    serve({
      'POST /api/v1/auth/login': [{ status: 200, body: session }],
      'GET /api/v1/me': [{ status: 200, body: profile }],
      'POST /api/v1/auth/logout': ['network-down'],
    });
    await store.login('requester@demo.test', 'secret');

    await store.logout();

    expect(store.isAuthenticated).toBe(false);
    expect(apiClient.getAccessToken()).toBeNull();
  });

  it('follows a renewed session: new roles or name apply at once', async () => {
    serve({
      'POST /api/v1/auth/login': [{ status: 200, body: session }],
      'GET /api/v1/me': [{ status: 200, body: profile }],
      'POST /api/v1/auth/refresh': [
        { status: 200, body: { ...session, accessToken: 'access-2', user: { ...session.user, roles: ['requester', 'admin'] } } },
      ],
    });
    await store.login('requester@demo.test', 'secret');

    await store.refresh();

    expect(store.user?.roles).toEqual(['requester', 'admin']);
    expect(apiClient.getAccessToken()).toBe('access-2');
  });
});
