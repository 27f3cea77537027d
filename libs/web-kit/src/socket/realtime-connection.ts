import { io, type Socket } from 'socket.io-client';
import { apiClient, type HttpClient } from '../api/http-client';
import type { ClientEvents, ServerEvents } from '../sessions/types';

/**
 * Event name → listener signature, as Socket.IO types them (its own alias is not re-exported). Features
 * declare precise maps, e.g. `{ 'session.guest-waiting': (event: GuestWaiting) => void }`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the untyped default mirrors Socket.IO's
export type RealtimeEvents = Record<string, (...args: any[]) => void>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners are stored untyped, added typed
type AnyListener = (...args: any[]) => void;

/** Handshake refusals that a fresh access token can cure. */
const AUTH_ERROR_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_INVALID']);

export interface RealtimeOptions {
  /** Socket.IO path on the gateway. */
  path?: string;
  /** Namespace; the default namespace unless a later feature needs its own. */
  namespace?: string;
}

/**
 * The browser's socket to the gateway (`/ws`). The access token is read at every handshake, so reconnections
 * after a network drop use the current token; a handshake refused for an expired token refreshes the session
 * once and tries again. Ending the session closes the socket.
 *
 * Listeners added with `on` / `onConnectionChange` belong to the connection, not to one socket: they
 * follow when a new socket replaces the old one (after signing out and in again).
 */
export class RealtimeConnection<
  ListenEvents extends RealtimeEvents = RealtimeEvents,
  EmitEvents extends RealtimeEvents = ListenEvents,
> {
  private socket: Socket<ListenEvents, EmitEvents> | null = null;
  private renewedForHandshake = false;
  private readonly listeners = new Map<string, Set<AnyListener>>();
  private readonly connectionListeners = new Set<(connected: boolean) => void>();

  constructor(
    private readonly http: HttpClient = apiClient,
    private readonly options: RealtimeOptions = {},
  ) {
    http.onSessionChange((session) => {
      if (session === null) this.disconnect();
    });
  }

  /** Opens the socket (idempotent) and returns it; listeners can be attached right away. */
  connect(): Socket<ListenEvents, EmitEvents> {
    if (this.socket) {
      if (!this.socket.connected && !this.socket.active) this.socket.connect();
      return this.socket;
    }
    const socket: Socket<ListenEvents, EmitEvents> = io(this.options.namespace ?? '/', {
      path: this.options.path ?? '/ws',
      autoConnect: false,
      auth: (send) => send({ token: this.http.getAccessToken() }),
    });
    socket.on('connect', () => {
      this.renewedForHandshake = false;
      this.notifyConnection(true);
    });
    socket.on('disconnect', () => this.notifyConnection(false));
    socket.on('connect_error', (error) => void this.onConnectError(socket, error));
    const raw = socket as unknown as Socket;
    for (const [event, listeners] of this.listeners) for (const listener of listeners) raw.on(event, listener);
    this.socket = socket;
    socket.connect();
    return socket;
  }

  disconnect(): void {
    const wasConnected = this.socket?.connected ?? false;
    this.socket?.disconnect();
    this.socket = null;
    if (wasConnected) this.notifyConnection(false);
  }

  get current(): Socket<ListenEvents, EmitEvents> | null {
    return this.socket;
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  /** Listens to a server event on this socket and the ones that replace it. Returns the way to stop. */
  on<E extends keyof ListenEvents & string>(event: E, listener: ListenEvents[E]): () => void {
    const untyped = listener as AnyListener;
    const name: string = event;
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(untyped);
    (this.socket as unknown as Socket | null)?.on(name, untyped);
    return () => {
      set.delete(untyped);
      (this.socket as unknown as Socket | null)?.off(name, untyped);
    };
  }

  /** Called with true at each (re)connection, false at each loss: the moment to re-join rooms and catch up. */
  onConnectionChange(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  private notifyConnection(connected: boolean): void {
    for (const listener of this.connectionListeners) listener(connected);
  }

  private async onConnectError(socket: Socket<ListenEvents, EmitEvents>, error: Error): Promise<void> {
    // Socket.IO retries network failures by itself (socket.active stays true) but not a handshake the
    // server refused; an expired access token is the usual reason, so renew it once and try again.
    if (socket.active || this.renewedForHandshake || !AUTH_ERROR_CODES.has(handshakeErrorCode(error))) return;
    this.renewedForHandshake = true;
    try {
      await this.http.refreshSession();
      if (this.socket === socket) socket.connect();
    } catch {
      // A refused refresh ends the session, which disconnects; a network failure leaves the socket down
      // until the next connect().
    }
  }
}

/** The gateway refuses a handshake with an Error whose `data.code` (or message) is an API error code. */
function handshakeErrorCode(error: Error): string {
  const data = (error as Error & { data?: { code?: unknown } }).data;
  return typeof data?.code === 'string' ? data.code : error.message;
}

/** The socket of the sessions features: waiting room, chat, presence. */
export type SessionRealtime = RealtimeConnection<ServerEvents, ClientEvents>;

/** The connection the staff apps share (signed-in user's token). Guests build their own on their token. */
export const realtime: SessionRealtime = new RealtimeConnection();
