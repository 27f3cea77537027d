import { onScopeDispose, ref, shallowRef } from 'vue';
import type { HttpClient } from '../api/http-client';

/**
 * An object URL for a file the API protects (an `<img src>` cannot send the access token): fetched
 * once with the token, released when the component goes away.
 */
export function useProtectedObjectUrl(http: HttpClient, path: string) {
  const url = ref<string | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = ref(false);
  let disposed = false;

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const { blob } = await http.getBlob(path);
      if (disposed) return;
      url.value = URL.createObjectURL(blob);
    } catch (failure) {
      error.value = failure;
    } finally {
      loading.value = false;
    }
  }

  onScopeDispose(() => {
    disposed = true;
    if (url.value) URL.revokeObjectURL(url.value);
  });

  void load();
  return { url, error, loading, reload: load };
}
