import { ObjectInfo, ObjectStore, nanos } from 'nats';
import { NatsConnectionHolder } from '../nats/nats-connection';

/**
 * JetStream object store buckets (files too big for NATS messages). Buckets are created on first use by
 * whichever service touches them first; `ttlSeconds` (0 or absent: keep) only applies when this service
 * is that one. Services wrap it in an injectable that names their buckets' lifetimes.
 */
export class ObjectBuckets {
  private readonly buckets = new Map<string, Promise<ObjectStore>>();

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly ttlSeconds: () => Record<string, number>,
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
    const seconds = this.ttlSeconds()[name];
    return nc.jetstream().views.os(name, seconds ? { ttl: nanos(seconds * 1000) } : {});
  }
}
