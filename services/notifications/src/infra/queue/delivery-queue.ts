import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectConfig, InjectRedis } from '@passerelle/nest-kit';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import type { NotificationsConfig } from '../../config';
import { PROVIDER_BACKOFF } from '../../domain/retry-delay';

export const DELIVERY_QUEUE = 'notifications-delivery';

/** What a job carries: only the row id. The recipient and variables stay encrypted in Postgres. */
export interface DeliveryJob {
  notificationId: string;
}

/** BullMQ job ids cannot hold ':' (invite keys do): the id is a digest of the idempotency key. */
export function deliveryJobId(idempotencyKey: string): string {
  return `send-${createHash('sha256').update(idempotencyKey).digest('hex')}`;
}

/**
 * Durable hand-off to the worker: a job in Redis survives a restart of this process. Adding a job whose
 * id exists is a no-op in BullMQ, so a retried command never queues a second delivery.
 */
@Injectable()
export class DeliveryQueue implements BeforeApplicationShutdown {
  private readonly queue: Queue<DeliveryJob>;

  constructor(
    @InjectRedis() redis: Redis,
    @InjectConfig() private readonly config: NotificationsConfig,
  ) {
    this.queue = new Queue<DeliveryJob>(DELIVERY_QUEUE, { connection: redis });
  }

  async enqueue(notificationId: string, idempotencyKey: string): Promise<void> {
    await this.queue.add(
      'deliver',
      { notificationId },
      {
        jobId: deliveryJobId(idempotencyKey),
        attempts: this.config.NOTIFICATION_ATTEMPTS,
        // Exponential from NOTIFICATION_BACKOFF_MS, honouring Retry-After (strategy in the worker).
        backoff: { type: PROVIDER_BACKOFF, delay: this.config.NOTIFICATION_BACKOFF_MS },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }

  // Before nest-kit quits the shared Redis connection.
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
