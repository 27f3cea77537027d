import { ApiError } from './api-error';
import { fileNameFrom, HttpClient } from './http-client';
import type { AuthSession } from './types';

type Reply = { status: number; body?: unknown; contentType?: string } | 'network-down';
interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers a scripted list of replies in order and fails on any call beyond the script. */
function scriptedFetch(replies: Reply[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({ url: String(input), init });
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`unexpected request ${init.method} ${String(input)}`);
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    const text = reply.body === undefined ? null : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(text, {
      status: reply.status,
      headers: { 'Content-Type': reply.contentType ?? 'application/json' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, remaining: () => replies.length };
}

const session = (token: string): AuthSession => ({
  accessToken: token,
  expiresIn: 900,
  user: { id: 'u1', email: 'a@b.test', displayName: 'A', roles: ['requester'], organisationId: 'o1' },
});
const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

describe('HttpClient', () => {
  it('sends JSON with the access token and the cookie, and parses the answer', async () => {
    const server = scriptedFetch([{ status: 200, body: { ok: true } }]);
    const client = new HttpClient({ fetch: server.fetch });
    client.acceptSession(session('t1'));

    await expect(client.post('/things', { a: 1 })).resolves.toEqual({ ok: true });

    const [call] = server.calls;
    expect(call?.url).toBe('/api/v1/things');
    expect(call?.init.body).toBe('{"a":1}');
    expect(call?.init.credentials).toBe('same-origin');
    expect(header(call, 'Authorization')).toBe('Bearer t1');
    expect(header(call, 'Content-Type')).toBe('application/json');
  });

  it('on a 401 refreshes the session once, then retries with the new token', async () => {
    const server = scriptedFetch([
      { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } },
      { status: 200, body: session('t2') },
      { status: 200, body: { id: 'u1' } },
    ]);
    const client = new HttpClient({ fetch: server.fetch });
    client.acceptSession(session('t1'));

    await expect(client.get('/me')).resolves.toEqual({ id: 'u1' });

    expect(server.calls.map((call) => call.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    expect(header(server.calls[1], 'Authorization')).toBeNull();
    expect(header(server.calls[2], 'Authorization')).toBe('Bearer t2');
    expect(client.getAccessToken()).toBe('t2');
  });

  it('shares one refresh between concurrent requests that get a 401', async () => {
    const server = scriptedFetch([
      { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } },
      { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } },
      { status: 200, body: session('t2') },
      { status: 200, body: { n: 1 } },
      { status: 200, body: { n: 2 } },
    ]);
    const client = new HttpClient({ fetch: server.fetch });
    client.acceptSession(session('t1'));

    await Promise.all([client.get('/a'), client.get('/b')]);

    expect(server.calls.filter((call) => call.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(server.remaining()).toBe(0);
  });

  it('ends the session when the refresh is refused, and reports that refusal', async () => {
    const server = scriptedFetch([
      { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } },
      { status: 401, body: { code: 'TOKEN_INVALID', message: 'No session to refresh' } },
    ]);
    const client = new HttpClient({ fetch: server.fetch });
    const changes: (AuthSession | null)[] = [];
    client.onSessionChange((next) => changes.push(next));
    client.acceptSession(session('t1'));

    await expect(client.get('/me')).rejects.toMatchObject({ status: 401, code: 'TOKEN_INVALID' });

    expect(client.getAccessToken()).toBeNull();
    expect(changes.at(-1)).toBeNull();
  });

  it('does not retry a request sent without authentication', async () => {
    const server = scriptedFetch([{ status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'no' } }]);
    const client = new HttpClient({ fetch: server.fetch });

    const failure = client.post('/auth/login', { email: 'a@b.test', password: 'x' }, { auth: false });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', message: 'no' });
    expect(server.calls).toHaveLength(1);
  });

  it('keeps the errorId of unexpected server errors', async () => {
    const server = scriptedFetch([{ status: 500, body: { code: 'INTERNAL', message: 'Unexpected', errorId: 'e-42' } }]);
    const client = new HttpClient({ fetch: server.fetch });

    await expect(client.get('/x', { auth: false })).rejects.toMatchObject({ status: 500, code: 'INTERNAL', errorId: 'e-42' });
  });

  it('names a proxy error page by its status', async () => {
    const server = scriptedFetch([{ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' }]);
    const client = new HttpClient({ fetch: server.fetch });

    await expect(client.get('/x', { auth: false })).rejects.toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });
  });

  it('rejects an HTML page where JSON was expected', async () => {
    const server = scriptedFetch([{ status: 200, body: '<!doctype html>', contentType: 'text/html' }]);
    const client = new HttpClient({ fetch: server.fetch });

    await expect(client.get('/x', { auth: false })).rejects.toMatchObject({ status: 200, code: 'INTERNAL' });
  });

  it('turns a failed connection into a NETWORK error and keeps the session', async () => {
    const server = scriptedFetch(['network-down']);
    const client = new HttpClient({ fetch: server.fetch });
    client.acceptSession(session('t1'));

    await expect(client.get('/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    expect(client.getAccessToken()).toBe('t1');
  });

  it('gives up on a request that outlives its timeout', async () => {
    const hanging = (_input: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const client = new HttpClient({ fetch: hanging as typeof fetch, timeoutMs: 20 });

    await expect(client.get('/slow', { auth: false })).rejects.toMatchObject({ code: 'NETWORK', message: 'Request timed out' });
  });

  it('answers undefined for 204 No Content', async () => {
    const server = scriptedFetch([{ status: 204 }]);
    const client = new HttpClient({ fetch: server.fetch });

    await expect(client.post('/auth/logout', undefined, { auth: false })).resolves.toBeUndefined();
    expect(header(server.calls[0], 'Content-Type')).toBeNull();
  });
});

describe('HttpClient for guests and files', () => {
  it('sends a guest token and ends the session on a 401 without trying the refresh cookie', async () => {
    const server = scriptedFetch([{ status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } }]);
    const client = new HttpClient({ fetch: server.fetch, refreshable: false });
    const changes: (AuthSession | null)[] = [];
    client.onSessionChange((next) => changes.push(next));
    client.useAccessToken('guest-token');

    await expect(client.get('/sessions/s-1')).rejects.toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });

    expect(server.calls.map((call) => call.url)).toEqual(['/api/v1/sessions/s-1']);
    expect(header(server.calls[0], 'Authorization')).toBe('Bearer guest-token');
    expect(client.getAccessToken()).toBeNull();
    expect(changes).toEqual([null]);
  });

  it('downloads a protected file as a blob, named by Content-Disposition', async () => {
    const fetch = async () =>
      new Response('%PDF-1.7', {
        status: 200,
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="report.pdf"; filename*=UTF-8''compte-rendu%20%C3%A9t%C3%A9.pdf`,
        },
      });
    const client = new HttpClient({ fetch: fetch as typeof globalThis.fetch });
    client.useAccessToken('t1');

    const { blob, fileName } = await client.getBlob('/sessions/s-1/report.pdf');
    expect(fileName).toBe('compte-rendu été.pdf');
    expect(await blob.text()).toBe('%PDF-1.7');
  });

  it('reads the plain file name when there is no UTF-8 one', () => {
    expect(fileNameFrom('attachment; filename="scan 1.png"')).toBe('scan 1.png');
    expect(fileNameFrom('inline')).toBeNull();
    expect(fileNameFrom(null)).toBeNull();
  });

  it('uploads a file as multipart with the token, reports progress and parses the answer', async () => {
    const xhr = new FakeXhr(201, { id: 'm-1' });
    const client = new HttpClient({ xhr: () => xhr as unknown as XMLHttpRequest });
    client.useAccessToken('t1');
    const progress: number[] = [];

    const answer = await client.upload('/sessions/s-1/files', new Blob(['%PDF-']), { onProgress: (value) => progress.push(value) });

    expect(answer).toEqual({ id: 'm-1' });
    expect(xhr.opened).toEqual(['POST', '/api/v1/sessions/s-1/files']);
    expect(xhr.headers.Authorization).toBe('Bearer t1');
    expect((xhr.sent as FormData).get('file')).toBeInstanceOf(Blob);
    expect(progress).toEqual([0.5, 1]);
  });

  it('turns an upload refusal into an ApiError with its issues', async () => {
    const refusal = { code: 'UNPROCESSABLE', message: 'no', issues: [{ path: 'file', problem: 'type_not_allowed' }] };
    const client = new HttpClient({ xhr: () => new FakeXhr(422, refusal) as unknown as XMLHttpRequest });

    await expect(client.upload('/sessions/s-1/files', new Blob(['MZ']))).rejects.toMatchObject({
      status: 422,
      code: 'UNPROCESSABLE',
      issues: [{ path: 'file', problem: 'type_not_allowed' }],
    });
  });
});

/** Just enough of XMLHttpRequest: answers `status` with `body` as JSON once sent, after two progress events. */
class FakeXhr {
  opened: string[] = [];
  headers: Record<string, string> = {};
  sent: unknown = null;
  status = 0;
  responseText = '';
  private readonly listeners = new Map<string, (event: unknown) => void>();
  readonly upload = {
    listeners: [] as ((event: ProgressEvent) => void)[],
    addEventListener: (_type: string, listener: (event: ProgressEvent) => void) => this.upload.listeners.push(listener),
  };

  constructor(
    private readonly answerStatus: number,
    private readonly answerBody: unknown,
  ) {}

  open(method: string, url: string) {
    this.opened = [method, url];
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name === 'Content-Type' ? 'application/json' : null;
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, listener);
  }
  abort() {
    this.listeners.get('abort')?.({});
  }
  send(body: unknown) {
    this.sent = body;
    for (const loaded of [5, 10]) {
      for (const listener of this.upload.listeners) listener({ lengthComputable: true, loaded, total: 10 } as ProgressEvent);
    }
    this.status = this.answerStatus;
    this.responseText = JSON.stringify(this.answerBody);
    this.listeners.get('load')?.({});
  }
}
