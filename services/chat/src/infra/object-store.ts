import { Injectable } from '@nestjs/common';
import { CHAT_FILES_BUCKET, CHAT_REPORTS_BUCKET, CHAT_UPLOADS_BUCKET } from '@passerelle/contracts';
import { InjectConfig, NatsConnectionHolder } from '@passerelle/nest-kit';
import { ObjectInfo, ObjectStore, nanos } from 'nats';
import { ChatConfig } from '../config';

/**
 * The JetStream object store buckets chat uses. Buckets are created on first use by whichever service
 * touches them first; the options below only apply when chat is that one.
 */
@Injectable()
export class ChatObjectStore {
  private readonly buckets = new Map<string, Promise<ObjectStore>>();

  constructor(
    private readonly nats: NatsConnectionHolder,
    @InjectConfig() private readonly config: ChatConfig,
  ) {}

  /** Null when absent or deleted (the store keeps a deletion marker under the name). */
  async info(bucket: string, name: string): Promise<ObjectInfo | null> {
    const info = await (await this.bucket(bucket)).info(name);
    return info && !info.deleted ? info : null;
  }

  async read(bucket: string, name: string): Promise<Uint8Array | null> {
    return (await this.bucket(bucket)).getBlob(name);
  }

  async write(bucket: string, name: string, bytes: Uint8Array): Promise<void> {
    await (await this.bucket(bucket)).putBlob({ name }, bytes);
  }

  /** Idempotent: deleting what is already gone is fine (purge retries rely on it). */
  async remove(bucket: string, name: string): Promise<boolean> {
    const result = await (await this.bucket(bucket)).delete(name);
    return result.success;
  }

  async namesWithPrefix(bucket: string, prefix: string): Promise<string[]> {
    const entries = await (await this.bucket(bucket)).list();
    return entries.filter((e) => !e.deleted && e.name.startsWith(prefix)).map((e) => e.name);
  }

  private bucket(name: string): Promise<ObjectStore> {
    let bucket = this.buckets.get(name);
    if (!bucket) {
      bucket = this.open(name);
      // A failed open (NATS down) must not be cached forever.
      bucket.catch(() => this.buckets.delete(name));
      this.buckets.set(name, bucket);
    }
    return bucket;
  }

  private async open(name: string): Promise<ObjectStore> {
    const nc = await this.nats.get();
    const ttlSeconds: Record<string, number> = {
      // Reports are fetched right after rendering; uploads are moved or refused within a request.
      [CHAT_REPORTS_BUCKET]: this.config.REPORT_TTL_SECONDS,
      [CHAT_UPLOADS_BUCKET]: 3600,
      [CHAT_FILES_BUCKET]: 0,
    };
    const ttl = ttlSeconds[name] ? nanos(ttlSeconds[name] * 1000) : undefined;
    return nc.jetstream().views.os(name, ttl ? { ttl } : {});
  }
}
