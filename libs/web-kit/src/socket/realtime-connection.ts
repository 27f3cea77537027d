import { io, type Socket } from 'socket.io-client';
import { apiClient, type HttpClient } from '../api/http-client';

/**
 * Event name → listener signature, as Socket.IO types them (its own alias is not re-exported). Later features
 * declare precise maps, e.g. `{ 'session.guest-waiting': (event: GuestWaiting) => void }`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the untyped default mirrors Socket.IO's
export type RealtimeEvents = Record<string, (...args: any[]) => void>;

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
 */
export class RealtimeConnection<
  ListenEvents extends RealtimeEvents = RealtimeEvents,
  EmitEvents extends RealtimeEvents = ListenEvents,
> {
  private socket: Socket<ListenEvents, EmitEvents> | null = null;
  private renewedForHandshake = false;

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
    });
    socket.on('connect_error', (error) => void this.onConnectError(socket, error));
    this.socket = socket;
    socket.connect();
    return socket;
  }

  disconnect(): void {
    this.socket?.disconnect();
    this.socket = null;
  }

  get current(): Socket<ListenEvents, EmitEvents> | null {
    return this.socket;
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

/** The connection every SPA shares; typed event maps can be applied by later features. */
export const realtime = new RealtimeConnection();
