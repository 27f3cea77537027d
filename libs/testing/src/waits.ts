import { JSONCodec, connect } from 'nats';

export interface SubjectWatch<T> {
  /** The first message so far or to come that matches; rejects after the deadline. */
  next(matches: (payload: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/**
 * Watches a NATS subject from now on, keeping what arrives, so a test can start watching before it acts
 * and wait afterwards without a race. JetStream events are also delivered to plain subscribers.
 */
export async function watchSubject<T = unknown>(natsUrl: string, subject: string): Promise<SubjectWatch<T>> {
  const nc = await connect({ servers: natsUrl });
  const codec = JSONCodec<T>();
  const seen: T[] = [];
  const waiters = new Set<(payload: T) => void>();
  const subscription = nc.subscribe(subject, {
    callback: (error, message) => {
      if (error) return;
      const payload = codec.decode(message.data);
      seen.push(payload);
      for (const waiter of waiters) waiter(payload);
    },
  });
  await nc.flush();
  return {
    next(matches, timeoutMs = 30_000) {
      const already = seen.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise<T>((resolve, reject) => {
        const waiter = (payload: T) => {
          if (!matches(payload)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(payload);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching message on ${subject} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async close() {
      subscription.unsubscribe();
      await nc.close();
    },
  };
}

/** For socket.io-style emitters: the next event of that name whose payload matches. */
export function nextEmitted<T = unknown>(
  emitter: { on(event: string, listener: (payload: T) => void): unknown; off(event: string, listener: (payload: T) => void): unknown },
  event: string,
  matches: (payload: T) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(new Error(`no "${event}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      emitter.off(event, listener);
      resolve(payload);
    };
    emitter.on(event, listener);
  });
}

/**
 * For state that changes without an event a test can subscribe to (a queued message reaching the
 * development outbox): asks again every 150 ms until `probe` returns a value, within a deadline.
 */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export interface OutboxItem {
  id: string;
  channel: string;
  to: string;
  subject?: string;
  text: string;
  html?: string;
  links: string[];
  attachments?: { filename: string; contentType: string; content: string }[];
  createdAt: string;
}

/** Every message of the development outbox to that recipient, oldest first. */
export async function outboxMessagesTo(gatewayUrl: string, recipient: string): Promise<OutboxItem[]> {
  const response = await fetch(new URL('/api/v1/dev/outbox?limit=500', gatewayUrl));
  if (response.status !== 200) throw new Error(`dev outbox answered ${response.status}`);
  return ((await response.json()) as OutboxItem[]).filter((item) => item.to === recipient).reverse();
}

/**
 * The development outbox's newest message to that recipient (and matching `matches`, when given), once
 * notifications has delivered it.
 */
export function outboxMessageTo(
  gatewayUrl: string,
  recipient: string,
  timeoutMs = 20_000,
  matches: (item: OutboxItem) => boolean = () => true,
): Promise<OutboxItem> {
  return eventually(
    async () => {
      const response = await fetch(new URL('/api/v1/dev/outbox', gatewayUrl));
      if (response.status !== 200) throw new Error(`dev outbox answered ${response.status}`);
      return ((await response.json()) as OutboxItem[]).find((item) => item.to === recipient && matches(item));
    },
    `the message to ${recipient} in the dev outbox`,
    timeoutMs,
  );
}

/** The token of the first join link in a message. */
export function joinTokenIn(message: { links: string[] }): string {
  const link = message.links.find((url) => url.includes('/join/'));
  if (!link) throw new Error('the message has no join link');
  return new URL(link).pathname.split('/').pop()!;
}

/** The 6-digit one-time login code in a message. */
export function oneTimeCodeIn(message: { text: string }): string {
  const code = /\b([0-9]{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error('the message has no 6-digit code');
  return code;
}
