import { effectScope } from 'vue';
import { ApiError } from '../api/api-error';
import type { HttpClient } from '../api/http-client';
import { message, sessionView } from '../sessions/test-fixtures';
import type { ChatMessage, MessagePage, RoomAck, SessionView } from '../sessions/types';
import type { SessionRealtime } from '../socket/realtime-connection';
import { useSessionRoom } from './use-session-room';

type Handler = (...args: unknown[]) => void;

/** A socket connection driven by the test: connect, drop, push events; records what the page emits. */
class FakeRealtime {
  connected = false;
  joinAnswer: RoomAck = { ok: true };
  readonly emitted: { event: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly connectionListeners = new Set<(connected: boolean) => void>();

  readonly current = {
    get connected(): boolean {
      return fake.connected;
    },
    timeout: () => ({
      emitWithAck: async (event: string, payload: unknown) => {
        this.emitted.push({ event, payload });
        return this.joinAnswer;
      },
    }),
    emit: (event: string, payload: unknown) => {
      this.emitted.push({ event, payload });
    },
  };

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter above needs the instance
    fake = this;
  }

  connect() {
    return this.current;
  }

  on(event: string, handler: Handler) {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  onConnectionChange(listener: (connected: boolean) => void) {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  setConnected(connected: boolean): void {
    this.connected = connected;
    for (const listener of this.connectionListeners) listener(connected);
  }

  push(event: string, payload: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(payload);
  }

  listenerCount(): number {
    return [...this.handlers.values()].reduce((sum, set) => sum + set.size, 0) + this.connectionListeners.size;
  }
}
let fake: FakeRealtime;

/** The API as a script: each expected call in order, anything else fails the test. */
const apis: FakeApi[] = [];
afterEach(() => {
  for (const api of apis.splice(0)) expect(api.unexpected).toEqual([]);
});

class FakeApi {
  readonly calls: string[] = [];
  readonly unexpected: string[] = [];

  constructor() {
    apis.push(this);
  }

  private readonly script: { method: string; path: string; answer: () => unknown }[] = [];

  expect(method: string, path: string, answer: unknown | (() => unknown)): this {
    this.script.push({ method, path, answer: typeof answer === 'function' ? (answer as () => unknown) : () => answer });
    return this;
  }

  get remaining(): number {
    return this.script.length;
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    this.calls.push(`${method} ${path}${body === undefined ? '' : ` ${JSON.stringify(body)}`}`);
    const next = this.script.shift();
    if (!next || next.method !== method || next.path !== path) {
      this.unexpected.push(`${method} ${path}`);
      throw new Error(`unexpected ${method} ${path} (expected ${next ? `${next.method} ${next.path}` : 'nothing'})`);
    }
    return next.answer();
  }

  readonly client = {
    get: (path: string) => this.call('GET', path),
    post: (path: string, body: unknown) => this.call('POST', path, body),
    upload: (path: string) => this.call('UPLOAD', path),
  } as unknown as HttpClient;
}

const settle = async () => {
  for (let round = 0; round < 10; round += 1) await new Promise((resolve) => setImmediate(resolve));
};
const page = (items: ChatMessage[], cursor: string | null): MessagePage => ({ items, cursor });
const ids = (messages: readonly ChatMessage[]) => messages.map((item) => item.cursor);

function start(api: FakeApi, realtime: FakeRealtime) {
  const scope = effectScope();
  const room = scope.run(() =>
    useSessionRoom({ sessionId: 's-1', http: api.client, realtime: realtime as unknown as SessionRealtime, pageSize: 2 }),
  );
  if (!room) throw new Error('no room');
  return { room, stop: () => scope.stop() };
}

describe('useSessionRoom', () => {
  it('reads the session and all its messages, page by page, then joins the room once connected', async () => {
    const realtime = new FakeRealtime();
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([message(1), message(2)], '2'))
      .expect('GET', '/sessions/s-1/messages?limit=2&after=2', page([message(3)], '3'));
    const { room } = start(api, realtime);
    await room.ready;
    expect(ids(room.messages.value)).toEqual(['1', '2', '3']);

    api
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2&after=3', page([], '3'));
    realtime.setConnected(true);
    await settle();
    expect(realtime.emitted).toEqual([{ event: 'session:join', payload: { sessionId: 's-1' } }]);
    expect(api.remaining).toBe(0);
  });

  it('catches up after a reconnection from the last page read, without duplicating live messages', async () => {
    const realtime = new FakeRealtime();
    realtime.connected = true;
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([message(1)], '1'));
    const { room } = start(api, realtime);
    await room.ready;

    // The socket drops; 2 and 3 are posted meanwhile; 4 arrives live right after the reconnection.
    realtime.setConnected(false);
    realtime.push('message.posted', { type: 'message.posted', sessionId: 's-1', message: message(4) });
    realtime.push('message.posted', { type: 'message.posted', sessionId: 'another', message: message(99) });
    expect(ids(room.messages.value)).toEqual(['1', '4']);

    api
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2&after=1', page([message(2), message(3)], '3'))
      .expect('GET', '/sessions/s-1/messages?limit=2&after=3', page([message(4)], '4'));
    realtime.setConnected(true);
    await settle();

    expect(ids(room.messages.value)).toEqual(['1', '2', '3', '4']);
    expect(realtime.emitted.filter((entry) => entry.event === 'session:join')).toHaveLength(2);
    expect(api.remaining).toBe(0);
  });

  it('does not read messages before the session starts, and reads them when it does', async () => {
    const realtime = new FakeRealtime();
    const api = new FakeApi().expect('GET', '/sessions/s-1', sessionView({ status: 'open', waiting: true }));
    const { room } = start(api, realtime);
    await room.ready;
    expect(room.canWrite.value).toBe(false);
    expect(room.messagesLoaded.value).toBe(true);

    api.expect('GET', '/sessions/s-1/messages?limit=2', page([message(1, { kind: 'event', text: null })], '1'));
    realtime.push('session.updated', { type: 'session.updated', session: sessionView({ status: 'active' }) });
    await settle();
    expect(room.status.value).toBe('active');
    expect(room.canWrite.value).toBe(true);
    expect(ids(room.messages.value)).toEqual(['1']);
  });

  it('shows a message being sent, then the stored one once, even when its live echo comes first', async () => {
    const realtime = new FakeRealtime();
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([], null));
    const { room } = start(api, realtime);
    await room.ready;

    const mine = message(1, { author: { participantId: 'p-owner', displayName: 'Amina Diallo', role: 'requester' }, text: 'Hello' });
    let answer!: (value: ChatMessage) => void;
    api.expect('POST', '/sessions/s-1/messages', () => new Promise<ChatMessage>((resolve) => (answer = resolve)));
    const sending = room.send('  Hello ');
    expect(room.pending.value).toMatchObject([{ text: 'Hello', status: 'sending' }]);

    realtime.push('message.posted', { type: 'message.posted', sessionId: 's-1', message: mine });
    answer(mine);
    await expect(sending).resolves.toBe(true);

    expect(room.pending.value).toEqual([]);
    expect(room.messages.value).toHaveLength(1);
    expect(room.selfParticipantId.value).toBe('p-owner');
    expect(api.calls.at(-1)).toMatch(/^POST \/sessions\/s-1\/messages \{"text":"Hello","clientMessageId":"[0-9a-f-]{36}"\}$/);
  });

  it('keeps a message the network lost, and retries it with the same client id', async () => {
    const realtime = new FakeRealtime();
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([], null))
      .expect('POST', '/sessions/s-1/messages', () => Promise.reject(new ApiError(0, 'NETWORK', 'Network error')));
    const { room } = start(api, realtime);
    await room.ready;

    await expect(room.send('Are you there?')).resolves.toBe(false);
    const [failed] = room.pending.value;
    expect(failed).toMatchObject({ status: 'failed', text: 'Are you there?' });

    api.expect('POST', '/sessions/s-1/messages', message(1, { text: 'Are you there?' }));
    await expect(room.retry(failed?.clientMessageId ?? '')).resolves.toBe(true);
    expect(api.calls.at(-1)).toContain(`"clientMessageId":"${failed?.clientMessageId}"`);
    expect(room.pending.value).toEqual([]);
    expect(ids(room.messages.value)).toEqual(['1']);
  });

  it('explains an upload the server refused by its issue', async () => {
    const realtime = new FakeRealtime();
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([], null))
      .expect('UPLOAD', '/sessions/s-1/files', () =>
        Promise.reject(new ApiError(422, 'UNPROCESSABLE', 'refused', undefined, [{ path: 'file', problem: 'too_large' }])),
      );
    const { room } = start(api, realtime);
    await room.ready;

    const file = new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' });
    await expect(room.upload(file)).resolves.toBe(false);
    expect(room.uploads.value).toMatchObject([{ name: 'scan.pdf', status: 'failed', problem: 'too_large' }]);

    // A disguised file never leaves the browser.
    await expect(room.upload(new File(['MZ'], 'tool.pdf'))).resolves.toBe(false);
    expect(room.uploads.value[1]).toMatchObject({ status: 'failed', problem: 'type_not_allowed' });
    expect(api.remaining).toBe(0);
  });

  it('reports a refused join, and leaves the room and stops listening when disposed', async () => {
    const realtime = new FakeRealtime();
    realtime.connected = true;
    realtime.joinAnswer = { ok: false, code: 'FORBIDDEN' };
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([], null));
    const { room, stop } = start(api, realtime);
    await room.ready;
    expect(room.joinRefused.value).toBe('FORBIDDEN');

    stop();
    expect(realtime.emitted.at(-1)).toEqual({ event: 'session:leave', payload: { sessionId: 's-1' } });
    expect(realtime.listenerCount()).toBe(0);
  });

  it('updates presence when a guest leaves or comes back', async () => {
    const realtime = new FakeRealtime();
    const api = new FakeApi()
      .expect('GET', '/sessions/s-1', sessionView())
      .expect('GET', '/sessions/s-1/messages?limit=2', page([], null));
    const { room } = start(api, realtime);
    await room.ready;
    const guestPresent = () => (room.session.value as SessionView).participants.find((p) => p.id === 'p-guest')?.present;

    realtime.push('session.guest-left', { type: 'session.guest-left', sessionId: 's-1', participantId: 'p-guest' });
    expect(guestPresent()).toBe(false);
    realtime.push('session.guest-waiting', { type: 'session.guest-waiting', sessionId: 's-1', participantId: 'p-guest', displayName: 'Awa' });
    expect(guestPresent()).toBe(true);
  });
});
