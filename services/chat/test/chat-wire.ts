// Helpers of the chat integration tests: Nest's NATS wire format, and inboxes that wait for a message.
import { RpcContract, RpcRequest, RpcResponse } from '@passerelle/contracts';
import { JSONCodec, NatsConnection, connect } from 'nats';
import { randomUUID } from 'node:crypto';

export const codec = JSONCodec<unknown>();
/** How long a test waits for a signal (a push, an event, a row) before failing. */
export const SIGNAL_TIMEOUT_MS = 20_000;

export interface RpcFailure {
  code?: string;
  message?: string;
  issues?: Array<{ path: string; problem: string }>;
}

/** Collects what arrives on a subject so a test can wait for one message; subscribe before acting. */
export class Inbox<T> {
  private readonly received: T[] = [];
  private readonly waiters: Array<{ match: (m: T) => boolean; left: number; resolve: (m: T) => void }> = [];

  constructor(nc: NatsConnection, subject: string, parse: (data: unknown) => T) {
    const subscription = nc.subscribe(subject);
    void (async () => {
      for await (const message of subscription) {
        const value = parse(codec.decode(message.data));
        this.received.push(value);
        for (const waiter of [...this.waiters]) {
          if (waiter.match(value) && --waiter.left === 0) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(value);
          }
        }
      }
    })();
  }

  /** The `occurrence`-th matching message (already received or still to come). */
  next(what: string, match: (m: T) => boolean, occurrence = 1): Promise<T> {
    const seen = this.received.filter(match);
    if (seen.length >= occurrence) return Promise.resolve(seen[occurrence - 1]!);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${SIGNAL_TIMEOUT_MS} ms`)), SIGNAL_TIMEOUT_MS);
      this.waiters.push({ match, left: occurrence - seen.length, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  has(match: (m: T) => boolean): boolean {
    return this.received.some(match);
  }
}

/** Talks to services as the gateway does: `{pattern, data, id}` in, `{response}` or `{err}` back. */
export class ChatWire {
  private constructor(readonly nc: NatsConnection) {}

  static async connect(natsUrl: string, name: string): Promise<ChatWire> {
    return new ChatWire(await connect({ servers: natsUrl, name }));
  }

  async call(subject: string, data: unknown): Promise<{ response?: unknown; err?: RpcFailure }> {
    const reply = await this.nc.request(subject, codec.encode({ pattern: subject, data, id: randomUUID() }), { timeout: 20_000 });
    return codec.decode(reply.data) as { response?: unknown; err?: RpcFailure };
  }

  async ok<C extends RpcContract>(contract: C, data: RpcRequest<C>): Promise<RpcResponse<C>> {
    const reply = await this.call(contract.subject, data);
    if (reply.err) throw new Error(`${contract.subject} failed: ${JSON.stringify(reply.err)}`);
    return contract.response.parse(reply.response) as RpcResponse<C>;
  }

  async refused<C extends RpcContract>(contract: C, data: RpcRequest<C>): Promise<RpcFailure> {
    const reply = await this.call(contract.subject, data);
    if (!reply.err) throw new Error(`${contract.subject} was expected to fail but answered`);
    return reply.err;
  }

  /** The object store keeps a deletion marker: gone means no object, or only its marker. */
  async gone(bucket: string, name: string): Promise<boolean> {
    const info = await (await this.nc.jetstream().views.os(bucket)).info(name);
    return info === null || (info.deleted && info.size === 0);
  }

  async put(bucket: string, bytes: Uint8Array): Promise<string> {
    const name = `test-${randomUUID()}`;
    await (await this.nc.jetstream().views.os(bucket)).putBlob({ name }, bytes);
    return name;
  }

  async read(bucket: string, name: string): Promise<Uint8Array | null> {
    return (await this.nc.jetstream().views.os(bucket)).getBlob(name);
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A Windows executable's header, to be uploaded under a .pdf name. */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);
