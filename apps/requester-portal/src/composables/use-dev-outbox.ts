import { ref } from 'vue';
import { portalApi } from '../api/portal-api';

/** Whether the development outbox is on (GET /dev/outbox answers 200); asked once per page load. */
const available = ref(false);
let probe: Promise<void> | null = null;

export function useDevOutboxAvailable() {
  probe ??= portalApi.listOutbox().then(
    () => {
      available.value = true;
    },
    () => {
      available.value = false;
    },
  );
  return available;
}
