import { Injectable } from '@nestjs/common';
import { CHAT_UPLOADS_BUCKET, DomainError, EXPERTISE_UPLOADS_BUCKET, ErrorCode } from '@passerelle/contracts';
import { NatsConnectionHolder } from '@passerelle/nest-kit';
import { type ObjectStore, type ObjectStoreOptions, nanos } from 'nats';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

export interface StoredObject {
  size: number;
  stream: Readable;
}

/**
 * Options used when the gateway is the first to create a bucket: the same as chat's, so the bucket is the
 * same whoever creates it. Uploads live only for the request that attaches them.
 */
const BUCKET_OPTIONS: Record<string, Partial<ObjectStoreOptions>> = {
  [CHAT_UPLOADS_BUCKET]: { ttl: nanos(3600 * 1000) },
  [EXPERTISE_UPLOADS_BUCKET]: { ttl: nanos(3600 * 1000) },
};

/**
 * The JetStream object store, for bytes too big for NATS messages (uploads, files, reports). Buckets are
 * created on first use by whichever service touches them first (`views.os` opens or creates).
 */
@Injectable()
export class ObjectStorage {
  private readonly buckets = new Map<string, Promise<ObjectStore>>();

  constructor(private readonly nats: NatsConnectionHolder) {}

  /** Stores the bytes under a fresh random name and returns that name. */
  async putUnderRandomName(bucket: string, bytes: Uint8Array): Promise<string> {
    const name = randomUUID();
    await (await this.bucket(bucket)).putBlob({ name }, bytes);
    return name;
  }

  /** The object's bytes as a stream; NOT_FOUND when it is gone (purged, never written). */
  async open(bucket: string, name: string): Promise<StoredObject> {
    const result = await (await this.bucket(bucket)).get(name);
    if (!result) throw new DomainError(ErrorCode.NOT_FOUND, 'The file is no longer available');
    // The web stream nats.js returns and Node's stream types disagree only on the lib typings.
    return { size: result.info.size, stream: Readable.fromWeb(result.data as Parameters<typeof Readable.fromWeb>[0]) };
  }

  private bucket(name: string): Promise<ObjectStore> {
    let store = this.buckets.get(name);
    if (!store) {
      store = this.openBucket(name);
      this.buckets.set(name, store);
      // A failed open (NATS down) is retried on the next call rather than cached.
      store.catch(() => this.buckets.delete(name));
    }
    return store;
  }

  private async openBucket(name: string): Promise<ObjectStore> {
    const js = (await this.nats.get()).jetstream();
    const options = BUCKET_OPTIONS[name] ?? {};
    try {
      return await js.views.os(name, { ...options });
    } catch {
      // Two services creating the bucket at the same instant: the loser finds it on a second look.
      return js.views.os(name, { ...options });
    }
  }
}
