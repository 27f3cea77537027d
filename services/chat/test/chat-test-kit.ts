// Helpers of the chat integration tests: chat's object buckets and file fixtures. Requests go through
// connectNestWire, waits for pushes and events through watchSubject (libs/testing).
import type { NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';

/** How long a test waits for a signal (a reply, a push, an event, a row) before failing. */
export const SIGNAL_TIMEOUT_MS = 20_000;

/** Chat's NATS object-store buckets as the tests see them (uploads in, files and reports out). */
export function chatObjects(nc: NatsConnection) {
  const store = (bucket: string) => nc.jetstream().views.os(bucket);
  return {
    /** The object store keeps a deletion marker: gone means no object, or only its marker. */
    async gone(bucket: string, name: string): Promise<boolean> {
      const info = await (await store(bucket)).info(name);
      return info === null || (info.deleted && info.size === 0);
    },
    async put(bucket: string, bytes: Uint8Array): Promise<string> {
      const name = `test-${randomUUID()}`;
      await (await store(bucket)).putBlob({ name }, bytes);
      return name;
    },
    async read(bucket: string, name: string): Promise<Uint8Array | null> {
      return (await store(bucket)).getBlob(name);
    },
  };
}

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A Windows executable's header, to be uploaded under a .pdf name. */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);
