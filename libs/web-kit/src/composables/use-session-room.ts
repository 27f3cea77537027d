import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { ApiError, ApiErrorCode } from '../api/api-error';
import type { HttpClient } from '../api/http-client';
import { checkAttachment, type UploadProblem } from '../sessions/file-check';
import { MessageTimeline } from '../sessions/message-timeline';
import type { ChatMessage, MessagePage, Participant, SessionView } from '../sessions/types';
import { randomUuid } from '../sessions/uuid';
import type { SessionRealtime } from '../socket/realtime-connection';

export interface SessionRoomOptions {
  sessionId: string;
  /** The API client holding the caller's token (staff or guest). */
  http: HttpClient;
  realtime: SessionRealtime;
  /** Messages per catch-up request. */
  pageSize?: number;
  /** How long to wait for the gateway to confirm `session:join`. */
  joinTimeoutMs?: number;
}

/** A text message on its way; stays listed (with "retry") when the network dropped it. */
export interface PendingMessage {
  clientMessageId: string;
  text: string;
  status: 'sending' | 'failed';
  error: unknown;
}

export interface UploadItem {
  id: string;
  name: string;
  /** Share of bytes sent, 0 to 1. */
  progress: number;
  status: 'uploading' | 'failed';
  /** A refusal we can explain precisely (type, size, empty), from the browser's check or the server's. */
  problem: UploadProblem | null;
  /** Any other failure (network, closed session…), for useErrorMessage. */
  error: unknown;
}

/**
 * One session as a participant sees it, kept live: the session view (status, participants, presence),
 * its messages in order and each once, and sending text and files. Used by the portal's session page
 * and the guest page alike.
 *
 * On every (re)connection the socket joins the session room (which also counts us present), then the
 * session is re-read and the messages posted meanwhile are fetched with the cursor: live pushes are
 * best-effort (core NATS), the API is the record.
 */
export function useSessionRoom(options: SessionRoomOptions) {
  const { sessionId, http, realtime } = options;
  const pageSize = options.pageSize ?? 100;
  const base = `/sessions/${encodeURIComponent(sessionId)}`;

  const session = shallowRef<SessionView | null>(null);
  /** Why the session view could not be read (FORBIDDEN once access was withdrawn, NETWORK…). */
  const sessionError = shallowRef<unknown>(null);
  const timeline = new MessageTimeline();
  const messages = shallowRef<readonly ChatMessage[]>([]);
  /** The first read of the messages is done (or there is nothing to read yet). */
  const messagesLoaded = ref(false);
  const syncError = shallowRef<unknown>(null);
  const connected = ref(realtime.connected);
  /** The gateway refused to let this socket into the room (`{ ok: false, code }`). */
  const joinRefused = ref<string | null>(null);
  const pending = ref<PendingMessage[]>([]);
  const uploads = ref<UploadItem[]>([]);
  /** Our own participant id, learnt from the answers to our posts. */
  const selfParticipantId = ref<string | null>(null);

  const status = computed(() => session.value?.status ?? null);
  const canWrite = computed(() => status.value === 'active' || status.value === 'kept-open');
  let disposed = false;

  function apply(view: SessionView): void {
    const before = session.value?.status;
    session.value = view;
    sessionError.value = null;
    // Messages become readable when the session starts (and stay so once closed). The first read is
    // the caller's: it follows the first load of the session.
    if (before !== undefined && before !== view.status && view.status !== 'open') void catchUp();
    if (view.status === 'open') messagesLoaded.value = true;
  }

  async function loadSession(): Promise<void> {
    try {
      apply(await http.get<SessionView>(base));
    } catch (error) {
      sessionError.value = error;
    }
  }

  function addMessages(update: () => number | boolean): void {
    if (update()) messages.value = timeline.messages;
  }

  // One catch-up at a time; a request made while one runs starts another right after it.
  let catchingUp: Promise<void> | null = null;
  let catchUpAgain = false;
  function catchUp(): Promise<void> {
    if (catchingUp) {
      catchUpAgain = true;
      return catchingUp;
    }
    catchingUp = (async () => {
      do {
        catchUpAgain = false;
        await readNewMessages();
      } while (catchUpAgain && !disposed);
    })().finally(() => {
      catchingUp = null;
    });
    return catchingUp;
  }

  async function readNewMessages(): Promise<void> {
    if (session.value?.status === 'open') return;
    try {
      // A long disconnection may have missed more than a page: read until a short page.
      for (let pages = 0; pages < 50 && !disposed; pages += 1) {
        const query = new URLSearchParams({ limit: String(pageSize) });
        if (timeline.cursor !== null) query.set('after', timeline.cursor);
        const before = timeline.cursor;
        const page = await http.get<MessagePage>(`${base}/messages?${query}`);
        addMessages(() => timeline.addPage(page));
        if (page.items.length < pageSize || timeline.cursor === before) break;
      }
      syncError.value = null;
    } catch (error) {
      syncError.value = error;
    } finally {
      messagesLoaded.value = true;
    }
  }

  async function joinRoom(): Promise<void> {
    const socket = realtime.current;
    if (!socket?.connected) return;
    try {
      const answer = await socket.timeout(options.joinTimeoutMs ?? 10_000).emitWithAck('session:join', { sessionId });
      joinRefused.value = answer.ok ? null : answer.code;
    } catch {
      // No answer in time: the next reconnection tries again; reading through the API goes on meanwhile.
    }
  }

  async function onConnected(): Promise<void> {
    await joinRoom();
    if (disposed) return;
    await loadSession();
    await catchUp();
  }

  function setPresence(participantId: string, present: boolean): void {
    const view = session.value;
    if (!view?.participants.some((participant) => participant.id === participantId)) return;
    const participants: Participant[] = view.participants.map((participant) =>
      participant.id === participantId ? { ...participant, present } : participant,
    );
    session.value = { ...view, participants };
  }

  const stops = [
    realtime.onConnectionChange((isConnected) => {
      connected.value = isConnected;
      if (isConnected) void onConnected();
    }),
    realtime.on('message.posted', (event) => {
      if (event.sessionId === sessionId) addMessages(() => timeline.addLive(event.message));
    }),
    realtime.on('session.updated', (event) => {
      if (event.session.id === sessionId) apply(event.session);
    }),
    realtime.on('session.guest-waiting', (event) => {
      if (event.sessionId === sessionId) setPresence(event.participantId, true);
    }),
    realtime.on('session.guest-left', (event) => {
      if (event.sessionId === sessionId) setPresence(event.participantId, false);
    }),
  ];

  function learnSelf(message: ChatMessage): void {
    selfParticipantId.value ??= message.author.participantId;
  }

  async function send(text: string, clientMessageId: string = randomUuid()): Promise<boolean> {
    const trimmed = text.trim();
    if (trimmed === '') return false;
    const existing = pending.value.find((item) => item.clientMessageId === clientMessageId);
    if (existing) Object.assign(existing, { status: 'sending', error: null });
    else pending.value.push({ clientMessageId, text: trimmed, status: 'sending', error: null });
    try {
      // The client id makes a retry after a lost answer store the message once.
      const message = await http.post<ChatMessage>(`${base}/messages`, { text: trimmed, clientMessageId });
      pending.value = pending.value.filter((item) => item.clientMessageId !== clientMessageId);
      if (message?.id) {
        learnSelf(message);
        addMessages(() => timeline.addLive(message));
      } else {
        void catchUp();
      }
      return true;
    } catch (error) {
      const item = pending.value.find((entry) => entry.clientMessageId === clientMessageId);
      if (item) Object.assign(item, { status: 'failed', error });
      if (error instanceof ApiError && error.code === ApiErrorCode.CONFLICT) void loadSession();
      return false;
    }
  }

  function retry(clientMessageId: string): Promise<boolean> {
    const item = pending.value.find((entry) => entry.clientMessageId === clientMessageId);
    return item ? send(item.text, clientMessageId) : Promise.resolve(false);
  }

  function discard(clientMessageId: string): void {
    pending.value = pending.value.filter((item) => item.clientMessageId !== clientMessageId);
  }

  async function upload(file: File): Promise<boolean> {
    const item: UploadItem = { id: randomUuid(), name: file.name, progress: 0, status: 'uploading', problem: null, error: null };
    uploads.value.push(item);
    const find = () => uploads.value.find((entry) => entry.id === item.id);
    const problem = await checkAttachment(file);
    if (problem) {
      Object.assign(find() ?? {}, { status: 'failed', problem });
      return false;
    }
    try {
      const message = await http.upload<ChatMessage>(`${base}/files`, file, {
        onProgress: (fraction) => {
          const entry = find();
          if (entry) entry.progress = fraction;
        },
      });
      uploads.value = uploads.value.filter((entry) => entry.id !== item.id);
      if (message?.id) {
        learnSelf(message);
        addMessages(() => timeline.addLive(message));
      } else {
        void catchUp();
      }
      return true;
    } catch (error) {
      Object.assign(find() ?? {}, { status: 'failed', ...uploadFailure(error) });
      return false;
    }
  }

  function dismissUpload(id: string): void {
    uploads.value = uploads.value.filter((entry) => entry.id !== id);
  }

  // Start: read what the API has, and join the room when (or as soon as) the socket is up.
  realtime.connect();
  const ready = realtime.connected
    ? onConnected()
    : (async () => {
        await loadSession();
        await catchUp();
      })();

  onScopeDispose(() => {
    disposed = true;
    for (const stop of stops) stop();
    const socket = realtime.current;
    // Leaving stops counting us present here; the gateway also does it when the socket closes.
    if (socket?.connected) socket.emit('session:leave', { sessionId }, () => undefined);
  });

  return {
    sessionId,
    session,
    sessionError,
    status,
    canWrite,
    messages,
    messagesLoaded,
    syncError,
    connected,
    joinRefused,
    pending,
    uploads,
    selfParticipantId,
    /** Resolves when the first reads are done (for tests and loading states). */
    ready,
    apply,
    reload: loadSession,
    catchUp,
    send,
    retry,
    discard,
    upload,
    dismissUpload,
  };
}

export type SessionRoom = ReturnType<typeof useSessionRoom>;

/** A failed upload as the user should hear it: a precise refusal (type, size, empty) or another error. */
export function uploadFailure(error: unknown): Pick<UploadItem, 'problem' | 'error'> {
  if (error instanceof ApiError) {
    if (error.status === 413) return { problem: 'too_large', error: null };
    const issue = error.issues?.find((entry) => entry.path === 'file')?.problem;
    if (issue === 'type_not_allowed' || issue === 'too_large' || issue === 'empty') return { problem: issue, error: null };
  }
  return { problem: null, error };
}
