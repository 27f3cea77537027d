import type { AttachmentType } from './types';

/** The server's default cap (UPLOAD_MAX_BYTES): checked here first so nobody waits for a refusal. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** Each problem has a message under `chat.upload.problems.<problem>` (the server's issue names). */
export type UploadProblem = 'type_not_allowed' | 'too_large' | 'empty';

/**
 * The type the first bytes announce, as the server checks them (JPEG FF D8 FF, PNG's 8-byte signature,
 * PDF `%PDF-`). A file's name and declared type are only what the sender's computer guessed.
 */
export function sniffAttachmentType(head: Uint8Array): AttachmentType | null {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return null;
}

/** Checks a file before upload; null when it may go. */
export async function checkAttachment(file: Blob, maxBytes: number = UPLOAD_MAX_BYTES): Promise<UploadProblem | null> {
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'too_large';
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return sniffAttachmentType(head) === null ? 'type_not_allowed' : null;
}

/** "2.4 MB", "830 kB": sizes for people, in the interface's language (binary steps, so 10 MiB reads "10 MB"). */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    // "12 B" rather than "12 byte"; "kB" and "MB" are already short.
    unitDisplay: unit === 0 ? 'narrow' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
