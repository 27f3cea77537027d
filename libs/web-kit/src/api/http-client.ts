import { ApiError, ApiErrorCode, codeForStatus } from './api-error';
import type { AuthSession, ErrorBody } from './types';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** JSON-serialised into the request body. */
  body?: unknown;
  /** Send the access token, and on a 401 refresh the session once and retry. Default true. */
  auth?: boolean;
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned as a network error. */
  timeoutMs?: number;
}

export interface HttpClientOptions {
  baseUrl?: string;
  /** Generous: clinic links can be slow, but a request must not hang forever. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /**
   * Whether a 401 may be cured through the refresh cookie (staff). Guests hold a short token from their
   * link and no cookie: for them a 401 simply ends the session.
   */
  refreshable?: boolean;
  /** Builds the XMLHttpRequest of uploads (fetch cannot report upload progress). */
  xhr?: () => XMLHttpRequest;
}

export interface BlobResult {
  blob: Blob;
  /** From Content-Disposition, when the server named the file. */
  fileName: string | null;
}

export interface UploadOptions {
  /** Multipart field name; the gateway reads `file`. */
  field?: string;
  /** Called with the share of bytes sent, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export type SessionListener = (session: AuthSession | null) => void;

const REFRESH_PATH = '/auth/refresh';
/** Serialises refreshes across tabs: the refresh cookie is shared, and rotating it twice at once would fail. */
const REFRESH_LOCK = 'passerelle-auth-refresh';

/**
 * The browser's only way to the gateway's REST API. It holds the access token in memory (never in storage,
 * so a script injected into the page cannot lift a long-lived credential) and renews it through the
 * httpOnly refresh cookie when the gateway answers 401.
 */
export class HttpClient {
  private accessToken: string | null = null;
  private refreshing: Promise<AuthSession> | null = null;
  private readonly listeners = new Set<SessionListener>();
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly refreshable: boolean;
  private readonly createXhr: () => XMLHttpRequest;

  constructor(options: HttpClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '/api/v1';
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.refreshable = options.refreshable ?? true;
    this.createXhr = options.xhr ?? (() => new XMLHttpRequest());
  }

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /**
   * Starts using a bare access token that comes with no staff session (a guest's token from a join link).
   * Listeners hear only about its end.
   */
  useAccessToken(accessToken: string): void {
    this.accessToken = accessToken;
  }

  /** Starts using a session received from login, refresh or (later) a guest link. */
  acceptSession(session: AuthSession): void {
    this.accessToken = session.accessToken;
    this.notify(session);
  }

  clearSession(): void {
    if (this.accessToken === null) return;
    this.accessToken = null;
    this.notify(null);
  }

  /** Called with each new session and with `null` when the session ends. Returns an unsubscribe function. */
  onSessionChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request. A 401 ends
   * the session; a network error leaves it alone (the user may simply be offline for a moment).
   */
  refreshSession(): Promise<AuthSession> {
    if (!this.refreshable) {
      this.clearSession();
      return Promise.reject(new ApiError(401, ApiErrorCode.TOKEN_EXPIRED, 'This session cannot be renewed'));
    }
    this.refreshing ??= this.runRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  delete<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    const auth = options.auth ?? true;
    return this.withRenewal(auth, () => this.send(method, path, options, auth, readJson<T>));
  }

  /**
   * Downloads a file the API protects (attachments, reports): an `<a href>` cannot send the access token,
   * so the bytes come through here and the page hands them to the browser as a blob.
   */
  getBlob(path: string, options: Omit<RequestOptions, 'body' | 'auth'> = {}): Promise<BlobResult> {
    // A 10 MB file on a weak clinic link takes minutes, not seconds.
    const withDefaults = { timeoutMs: 10 * 60_000, ...options };
    return this.withRenewal(true, () =>
      this.send('GET', path, withDefaults, true, async (response) => ({
        blob: await response.blob(),
        fileName: fileNameFrom(response.headers.get('Content-Disposition')),
      })),
    );
  }

  /** Sends a file as multipart/form-data, reporting progress (XMLHttpRequest: fetch cannot). */
  upload<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
    return this.withRenewal(true, () => this.sendUpload<T>(path, file, options));
  }

  /** Runs an authenticated call; on a 401 renews the token once and runs it once more. */
  private async withRenewal<T>(auth: boolean, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!auth || !(error instanceof ApiError) || error.status !== 401) throw error;
    }
    // The access token expired or is missing: renew it once, then retry once. If the refresh fails, its
    // error (TOKEN_INVALID: sign in again, or NETWORK) is the one worth reporting.
    await this.refreshSession();
    return call();
  }

  private async runRefresh(): Promise<AuthSession> {
    try {
      const session = await withBrowserLock(REFRESH_LOCK, () =>
        this.send('POST', REFRESH_PATH, {}, false, readJson<AuthSession>),
      );
      this.acceptSession(session);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.clearSession();
      throw error;
    }
  }

  private async send<T>(
    method: HttpMethod,
    path: string,
    options: RequestOptions,
    auth: boolean,
    read: (response: Response) => Promise<T>,
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && this.accessToken) headers.Authorization = `Bearer ${this.accessToken}`;

    const deadline = withTimeout(options.signal, options.timeoutMs ?? this.timeoutMs);
    try {
      const response = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        // Sends and receives the refresh cookie; the SPAs and the API share one origin.
        credentials: 'same-origin',
        signal: deadline.signal,
      });
      if (!response.ok) throw await toApiError(response);
      return await read(response);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // The caller's own abort is not a network failure: let it through unchanged.
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, ApiErrorCode.NETWORK, deadline.timedOut() ? 'Request timed out' : 'Network error');
    } finally {
      deadline.clear();
    }
  }

  private sendUpload<T>(path: string, file: Blob, options: UploadOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const xhr = this.createXhr();
      const onAbort = () => xhr.abort();
      const done = () => options.signal?.removeEventListener('abort', onAbort);
      xhr.open('POST', this.baseUrl + path);
      xhr.setRequestHeader('Accept', 'application/json');
      if (this.accessToken) xhr.setRequestHeader('Authorization', `Bearer ${this.accessToken}`);
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(1, event.loaded / event.total));
      });
      xhr.addEventListener('load', () => {
        done();
        const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
          status: xhr.status,
          headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? '' },
        });
        const outcome = response.ok ? readJson<T>(response) : toApiError(response).then((error) => Promise.reject(error));
        outcome.then(resolve, reject);
      });
      const failed = () => {
        done();
        // The caller's own abort is not a network failure: let it through as an AbortError.
        if (options.signal?.aborted) reject(new DOMException('Upload cancelled', 'AbortError'));
        else reject(new ApiError(0, ApiErrorCode.NETWORK, 'Network error'));
      };
      xhr.addEventListener('error', failed);
      xhr.addEventListener('abort', failed);
      xhr.addEventListener('timeout', failed);
      if (options.signal?.aborted) return failed();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const form = new FormData();
      form.append(options.field ?? 'file', file, file instanceof File ? file.name : 'upload');
      xhr.send(form);
    });
  }

  private notify(session: AuthSession | null): void {
    for (const listener of this.listeners) listener(session);
  }
}

async function readJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    // Typically an HTML page where JSON was expected: a proxy or a misrouted history fallback.
    throw new ApiError(response.status, ApiErrorCode.INTERNAL, 'The server sent a response that is not JSON');
  }
}

/** `attachment; filename="a.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf` → the UTF-8 name when given. */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  const name = (plain?.[2] ?? plain?.[1])?.trim();
  return name ? name : null;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | undefined;
  try {
    if (response.headers.get('Content-Type')?.includes('json')) body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    // A body that is not JSON says nothing useful; the status decides below.
  }
  const code = typeof body?.code === 'string' ? body.code : codeForStatus(response.status);
  const message = typeof body?.message === 'string' ? body.message : response.statusText || `HTTP ${response.status}`;
  return new ApiError(response.status, code, message, body?.errorId, body?.issues, body?.retryAt);
}

/** An abort signal that fires on the caller's signal or after `timeoutMs` (AbortSignal.any is too recent). */
function withTimeout(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

async function withBrowserLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(name, task) : task();
}

/** The client every SPA uses. */
export const apiClient = new HttpClient();
