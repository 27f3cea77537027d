import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it; `body` is parsed from JSON or a form, `rawBody` kept as sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  rawBody: string;
  body: unknown;
}

/** An answer the test queues for the next matching request (else the fake's normal success answer). */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Answer = ScriptedAnswer;
type Handler = (request: RecordedRequest) => Answer;

/**
 * A local HTTP server for the real SDKs to talk to: records every request, answers per route, and lets
 * the test queue failures (a 429, a 500…) before the normal answer resumes. Waiting is on recorded
 * requests, never on time.
 */
export class RecordingServer {
  readonly requests: RecordedRequest[] = [];
  private readonly scripted = new Map<string, Answer[]>();
  private readonly waiters = new Set<() => void>();
  private server?: Server;

  constructor(private readonly routes: Record<string, Handler>) {}

  /** http://127.0.0.1:<port>, without a trailing slash. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Queue answers for the route key (`POST /v3/mail/send`), used before the normal answer. */
  script(route: string, ...answers: ScriptedAnswer[]): void {
    this.scripted.set(route, [...(this.scripted.get(route) ?? []), ...answers]);
  }

  /** Requests so far on a route key. */
  on(route: string): RecordedRequest[] {
    return this.requests.filter((request) => `${request.method} ${request.path}` === route);
  }

  /** Resolves once `count` requests reached the route; rejects after `timeoutMs` (a failed test, not a wait). */
  waitFor(route: string, count: number, timeoutMs = 20_000): Promise<RecordedRequest[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const seen = this.on(route);
        if (seen.length < count) return false;
        this.waiters.delete(waiter);
        clearTimeout(timer);
        resolve(seen);
        return true;
      };
      const waiter = () => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`${route}: ${this.on(route).length} of ${count} requests within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.waiters.add(waiter);
    });
  }

  reset(): void {
    this.requests.length = 0;
    this.scripted.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
    const path = (req.url ?? '/').split('?')[0]!;
    const request: RecordedRequest = { method: req.method ?? 'GET', path, headers, rawBody, body: parseBody(rawBody, headers['content-type']) };
    const route = `${request.method} ${path}`;
    this.requests.push(request);

    const handler = this.routes[route];
    const answer = this.scripted.get(route)?.shift() ?? (handler ? handler(request) : { status: 404, body: { error: 'not faked' } });
    const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(body ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(body);
    for (const waiter of [...this.waiters]) waiter();
  }
}

function parseBody(rawBody: string, contentType = ''): unknown {
  if (!rawBody) return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(rawBody));
  try {
    return JSON.parse(rawBody);
  } catch {
    return rawBody;
  }
}
