import { inviteeLabel, realtime, WaitingRoom, type SessionView, type WaitingGuest } from '@passerelle/web-kit';
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { portalApi } from '../api/portal-api';

/**
 * The requester's waiting room, for every page of the portal: who is connected and waiting, from the
 * invites list, kept live by the socket (reloaded at each reconnection, since pushes can be missed).
 */
export const useWaitingRoomStore = defineStore('waiting-room', () => {
  const room = new WaitingRoom();
  const guests = shallowRef<WaitingGuest[]>([]);
  const count = computed(() => guests.value.length);
  const loadError = shallowRef<unknown>(null);
  let stops: (() => void)[] = [];

  const update = () => {
    guests.value = room.guests;
  };

  let loading: Promise<void> | null = null;
  let loadAgain = false;
  /** Re-reads who is waiting; calls made while a read runs are folded into one more read. */
  function reload(): Promise<void> {
    if (loading) {
      loadAgain = true;
      return loading;
    }
    loading = (async () => {
      do {
        loadAgain = false;
        try {
          const items = await portalApi.listInvites();
          room.reset(
            items
              .filter((item) => item.status === 'sent' && item.session?.status === 'open' && item.session.waiting)
              .map((item) => ({ sessionId: item.sessionId, displayName: inviteeLabel(item) })),
          );
          update();
          loadError.value = null;
        } catch (error) {
          loadError.value = error;
        }
      } while (loadAgain);
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  /** Starts listening (idempotent): the portal's shell calls it once signed in. */
  function connect(): void {
    if (stops.length > 0) return;
    stops = [
      realtime.on('session.guest-waiting', (event) => {
        room.guestWaiting(event);
        update();
      }),
      realtime.on('session.guest-left', (event) => {
        room.guestLeft(event);
        update();
      }),
      realtime.on('session.updated', (event) => {
        room.sessionUpdated(event.session);
        update();
      }),
      realtime.onConnectionChange((connected) => {
        if (connected) void reload();
      }),
    ];
    realtime.connect();
    void reload();
  }

  function disconnect(): void {
    for (const stop of stops) stop();
    stops = [];
  }

  /** Admits the guest: the session becomes active. Throws the API's error (CONFLICT: they left). */
  async function start(sessionId: string): Promise<SessionView> {
    try {
      const session = await portalApi.startSession(sessionId);
      room.remove(sessionId);
      update();
      return session;
    } catch (error) {
      void reload();
      throw error;
    }
  }

  return { guests, count, loadError, connect, disconnect, reload, start };
});
