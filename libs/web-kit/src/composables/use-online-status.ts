import { onBeforeUnmount, onMounted, ref } from 'vue';

/** Whether the browser believes it has a network connection (a hint: it cannot see a dead uplink). */
export function useOnlineStatus() {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
  const update = () => {
    online.value = navigator.onLine;
  };
  onMounted(() => {
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return { online };
}
