import { onScopeDispose, ref, watch, type Ref } from 'vue';
import { Ringtone } from '../sessions/ringtone';

const MUTE_KEY = 'passerelle.ring-muted';

/**
 * Rings while `shouldRing` is true, unless the user muted the ring (remembered on this device).
 * `audioReady` is false until the first click or key press: browsers block sound before that, and
 * the page can say so.
 */
export function useRingtone(shouldRing: Ref<boolean>, ringtone: Ringtone = new Ringtone()) {
  const muted = ref(readMuted());
  const audioReady = ref(false);

  const stopWaiting = ringtone.unlockOnFirstGesture();
  const stopListening = ringtone.onUnlock(() => {
    audioReady.value = true;
  });

  watch(
    [shouldRing, muted],
    ([ring, isMuted]) => {
      if (ring && !isMuted) ringtone.start();
      else ringtone.stop();
    },
    { immediate: true },
  );

  function setMuted(value: boolean): void {
    muted.value = value;
    try {
      localStorage.setItem(MUTE_KEY, value ? '1' : '0');
    } catch {
      // Not remembered; the choice holds on this page.
    }
    // Unmuting is a gesture: a good moment to make sure audio is allowed.
    if (!value) void ringtone.unlock();
  }

  onScopeDispose(() => {
    stopWaiting();
    stopListening();
    ringtone.dispose();
  });

  return { muted, audioReady, setMuted, toggleMute: () => setMuted(!muted.value) };
}

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}
