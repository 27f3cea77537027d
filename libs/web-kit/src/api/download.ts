import type { HttpClient } from './http-client';

/** Hands bytes to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a protected file (attachment, report) with the caller's token and saves it. */
export async function downloadProtected(http: HttpClient, path: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await http.getBlob(path);
  saveBlob(blob, fileName ?? fallbackName);
}
