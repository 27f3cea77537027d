import {
  expertiseApi,
  expertiseRealtime,
  joinQueueRoom,
  queueOrder,
  realtime,
  type QueueView,
  type RequestSummary,
} from '@passerelle/web-kit';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';

/**
 * The expert's queues and what is in them, for every page of the console: kept live by joining each
 * queue's socket room (at every (re)connection, since pushes can be missed, everything is re-read), with
 * the live requests still waiting — they ring and show a badge.
 */
export const useQueuesStore = defineStore('queues', () => {
  const queues = shallowRef<QueueView[]>([]);
  const requests = shallowRef<Record<string, RequestSummary[]>>({});
  const loaded = ref(false);
  const loadError = shallowRef<unknown>(null);
  /** Live requests that rang here and nobody has taken yet. */
  const ringing = ref<Set<string>>(new Set());
  let stops: (() => void)[] = [];

  const waitingLive = computed(() =>
    Object.values(requests.value)
      .flat()
      .filter((item) => item.mode === 'live' && item.status === 'sent'),
  );
  const liveCount = computed(() => waitingLive.value.length);

  async function loadQueue(queueId: string): Promise<void> {
    const items = await expertiseApi.listQueueRequests(queueId);
    requests.value = { ...requests.value, [queueId]: queueOrder(items) };
  }

  async function reload(): Promise<void> {
    try {
      queues.value = await expertiseApi.listQueues();
      await Promise.all(queues.value.map((queue) => loadQueue(queue.id)));
      loadError.value = null;
    } catch (error) {
      loadError.value = error;
    } finally {
      loaded.value = true;
    }
  }

  async function refreshFigures(): Promise<void> {
    try {
      queues.value = await expertiseApi.listQueues();
    } catch {
      // The figures stay as they were; the next change or reconnection reads them again.
    }
  }

  async function joinAll(): Promise<void> {
    await reload();
    await Promise.all(queues.value.map((queue) => joinQueueRoom(queue.id)));
  }

  function connect(): void {
    if (stops.length > 0) return;
    realtime.connect();
    stops = [
      expertiseRealtime.on('expertise.request-changed', (event) => {
        if (event.status !== 'sent') ringing.value.delete(event.requestId);
        void loadQueue(event.queueId).catch(() => undefined);
        void refreshFigures();
      }),
      expertiseRealtime.on('expertise.live-ringing', (event) => {
        ringing.value.add(event.requestId);
        void loadQueue(event.queueId).catch(() => undefined);
      }),
      realtime.onConnectionChange((connected) => connected && void joinAll()),
    ];
    if (realtime.connected) void joinAll();
    else void reload();
  }

  function disconnect(): void {
    for (const stop of stops) stop();
    stops = [];
  }

  /** A request this console holds now (after a take or a release), without waiting for the push. */
  function apply(summary: RequestSummary): void {
    const list = requests.value[summary.queueId];
    if (!list) return;
    requests.value = { ...requests.value, [summary.queueId]: queueOrder(list.map((item) => (item.id === summary.id ? summary : item))) };
    if (summary.status !== 'sent') ringing.value.delete(summary.id);
  }

  return { queues, requests, loaded, loadError, waitingLive, liveCount, ringing, connect, disconnect, reload, apply };
});
