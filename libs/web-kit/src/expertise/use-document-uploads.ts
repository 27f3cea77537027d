import { ref, type Ref } from 'vue';
import { uploadFailure, type UploadItem } from '../composables/use-session-room';
import { checkAttachment } from '../sessions/file-check';
import { randomUuid } from '../sessions/uuid';
import { expertiseApi as defaultApi, type ExpertiseApi } from './expertise-api';
import type { RequestDocument } from './request-types';

/**
 * Documents (photos, PDFs) added to a request, several at once, each with its progress; refused ones stay
 * listed with the reason (checked in the browser by magic bytes and size first, then by the server).
 */
export function useDocumentUploads(requestId: Ref<string | null>, onUploaded: (document: RequestDocument) => void, api: ExpertiseApi = defaultApi) {
  const uploads = ref<UploadItem[]>([]);
  const find = (id: string) => uploads.value.find((entry) => entry.id === id);

  async function add(file: File): Promise<boolean> {
    const item: UploadItem = { id: randomUuid(), name: file.name, progress: 0, status: 'uploading', problem: null, error: null };
    uploads.value.push(item);
    const problem = await checkAttachment(file);
    if (problem || !requestId.value) {
      Object.assign(find(item.id) ?? {}, { status: 'failed', problem: problem ?? null });
      return false;
    }
    try {
      const document = await api.uploadDocument(requestId.value, file, (fraction) => {
        const entry = find(item.id);
        if (entry) entry.progress = fraction;
      });
      uploads.value = uploads.value.filter((entry) => entry.id !== item.id);
      onUploaded(document);
      return true;
    } catch (error) {
      Object.assign(find(item.id) ?? {}, { status: 'failed', ...uploadFailure(error) });
      return false;
    }
  }

  const dismiss = (id: string) => (uploads.value = uploads.value.filter((entry) => entry.id !== id));
  const busy = () => uploads.value.some((entry) => entry.status === 'uploading');
  return { uploads, add, dismiss, busy };
}
