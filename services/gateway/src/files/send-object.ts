import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { contentDisposition } from './content-disposition';
import { StoredObject } from './object-storage';

/**
 * Streams a stored file to the browser: the type chat vouched for (never sniffed), shown inline only for
 * images, and never cached by shared caches (patient documents).
 */
export async function sendObject(
  response: Response,
  object: StoredObject,
  file: { mimeType: string; fileName: string; disposition: 'inline' | 'attachment' },
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', file.mimeType);
  response.setHeader('Content-Length', String(object.size));
  response.setHeader('Content-Disposition', contentDisposition(file.disposition, file.fileName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  // A failure mid-stream destroys the response: the browser sees a broken download, not a truncated file.
  await pipeline(object.stream, response).catch(() => response.destroy());
}
