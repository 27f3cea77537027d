import { JSONCodec, connect } from 'nats';

export interface SubjectWatch<T> {
  /** The `occurrence`-th message so far or to come that matches (the first by default); rejects after the deadline. */
  next(matches: (payload: T) => boolean, timeoutMs?: number, occurrence?: number): Promise<T>;
  /** Whether a matching message has arrived so far. */
  has(matches: (payload: T) => boolean): boolean;
  close(): Promise<void>;
}

/**
 * Watches a NATS subject from now on, keeping what arrives, so a test can start watching before it acts
 * and wait afterwards without a race. JetStream events are also delivered to plain subscribers.
 * `parse` (a contract's schema) checks each message as the receiving service would.
 */
export async function watchSubject<T = unknown>(
  natsUrl: string,
  subject: string,
  parse: (data: unknown) => T = (data) => data as T,
): Promise<SubjectWatch<T>> {
  const nc = await connect({ servers: natsUrl });
  const codec = JSONCodec<unknown>();
  const seen: T[] = [];
  const waiters = new Set<{ take: (payload: T) => void; fail: (error: Error) => void }>();
  /** A message that `parse` refused: every wait fails with it, as the receiving service would refuse it. */
  let refused: Error | undefined;
  const subscription = nc.subscribe(subject, {
    callback: (error, message) => {
      if (error) return;
      let payload: T;
      try {
        payload = parse(codec.decode(message.data));
      } catch (problem) {
        refused = new Error(`a message on ${subject} does not parse: ${String(problem)}`);
        for (const waiter of waiters) waiter.fail(refused);
        return;
      }
      seen.push(payload);
      for (const waiter of waiters) waiter.take(payload);
    },
  });
  await nc.flush();
  return {
    next(matches, timeoutMs = 30_000, occurrence = 1) {
      const already = seen.filter(matches);
      if (already.length >= occurrence) return Promise.resolve(already[occurrence - 1]!);
      if (refused) return Promise.reject(refused);
      let left = occurrence - already.length;
      return new Promise<T>((resolve, reject) => {
        const waiter = {
          take(payload: T) {
            if (!matches(payload) || --left > 0) return;
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(payload);
          },
          fail(error: Error) {
            clearTimeout(timer);
            waiters.delete(waiter);
            reject(error);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching message (#${occurrence}) on ${subject} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    has: (matches) => seen.some(matches),
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
