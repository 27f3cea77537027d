import { randomInt } from 'node:crypto';
import { DEMO_PASSWORD } from './env';

interface SessionBody {
  accessToken: string;
  expiresIn: number;
  user: { id: string; email: string; displayName: string; roles: string[]; organisationId: string };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * HTTP client for tests, talking to the gateway as a browser would. Each client presents its own
 * client address (X-Forwarded-For, trusted from loopback) so per-IP rate limits isolate test files.
 */
export class ApiClient {
  readonly ip: string;
  accessToken?: string;
  /** `passerelle_refresh=<token>`, as the browser would keep it. */
  refreshCookie?: string;

  constructor(
    readonly baseUrl: string,
    options: { ip?: string } = {},
  ) {
    this.ip = options.ip ?? `198.51.100.${randomInt(1, 254)}`;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.ip, ...options.headers };
    const token = options.token === undefined ? this.accessToken : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(path: string, options?: Parameters<ApiClient['request']>[2]) {
    return this.request<T>('GET', path, options);
  }

  post<T = unknown>(path: string, body?: unknown, options?: Parameters<ApiClient['request']>[2]) {
    return this.request<T>('POST', path, { ...options, body });
  }

  /** Logs in and keeps the access token and the refresh cookie for the next calls. */
  async login(email: string, password = DEMO_PASSWORD) {
    const response = await this.post<SessionBody>('/api/v1/auth/login', { email, password }, { token: null });
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status}`);
    this.keepSession(response);
    return response.body;
  }

  /** Presents a refresh cookie (by default the one kept) to POST /auth/refresh; keeps what comes back. */
  async refresh(cookie = this.refreshCookie) {
    const response = await this.request<SessionBody>('POST', '/api/v1/auth/refresh', {
      token: null,
      headers: cookie ? { cookie } : {},
    });
    if (response.status === 200) this.keepSession(response);
    return response;
  }

  private keepSession(response: ApiResponse<SessionBody>) {
    this.accessToken = response.body.accessToken;
    this.refreshCookie = response.headers.get('set-cookie')?.split(';')[0];
  }
}
