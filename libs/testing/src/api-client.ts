import { DEMO_PASSWORD } from './env';
import { nextClientAddress } from './client-address';

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
    this.ip = options.ip ?? nextClientAddress();
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...this.headersFor(options.token), ...options.headers };
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body });
    return this.read<T>(response);
  }

  get<T = unknown>(path: string, options?: Parameters<ApiClient['request']>[2]) {
    return this.request<T>('GET', path, options);
  }

  post<T = unknown>(path: string, body?: unknown, options?: Parameters<ApiClient['request']>[2]) {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T = unknown>(path: string, body?: unknown, options?: Parameters<ApiClient['request']>[2]) {
    return this.request<T>('PUT', path, { ...options, body });
  }

  /** Sends one file as a multipart form (field `file` unless told), as a browser's file input would. */
  async upload<T = unknown>(
    path: string,
    file: { name: string; type?: string; bytes: Uint8Array },
    options: { token?: string | null; field?: string } = {},
  ): Promise<ApiResponse<T>> {
    const form = new FormData();
    form.append(options.field ?? 'file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
    const response = await fetch(new URL(path, this.baseUrl), { method: 'POST', headers: this.headersFor(options.token), body: form });
    return this.read<T>(response);
  }

  /** GETs a file: the raw bytes (and, for error answers, the parsed JSON body). */
  async download(path: string, options: { token?: string | null } = {}) {
    const response = await fetch(new URL(path, this.baseUrl), { headers: this.headersFor(options.token) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status: response.status, bytes, body: json as unknown, headers: response.headers };
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

  private headersFor(tokenOption: string | null | undefined): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.ip };
    const token = tokenOption === undefined ? this.accessToken : tokenOption;
    if (token) headers.authorization = `Bearer ${token}`;
    return headers;
  }

  private async read<T>(response: Response): Promise<ApiResponse<T>> {
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  private keepSession(response: ApiResponse<SessionBody>) {
    this.accessToken = response.body.accessToken;
    this.refreshCookie = response.headers.get('set-cookie')?.split(';')[0];
  }
}
