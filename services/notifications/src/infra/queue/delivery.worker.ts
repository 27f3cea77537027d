import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectConfig, InjectRedis, ReadinessService, safeErrorFields } from '@passerelle/nest-kit';
import { DelayedError, Job, UnrecoverableError, Worker } from 'bullmq';
import type Redis from 'ioredis';
import type { NotificationsConfig } from '../../config';
import { ProviderError, RateLimitedError } from '../../domain/provider-error';
import { PROVIDER_BACKOFF, retryDelay } from '../../domain/retry-delay';
import { DeliverNotificationUseCase } from '../../usecases/deliver-notification/deliver-notification.usecase';
import { DELIVERY_QUEUE, DeliveryJob } from './delivery-queue';

/**
 * Runs deliveries in this process. Jobs live in Redis: a restart resumes them, a stalled job (the process
 * died mid-delivery) is picked up again by BullMQ. Logs carry the notification id only.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private worker?: Worker<DeliveryJob>;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @InjectConfig() private readonly config: NotificationsConfig,
    private readonly deliver: DeliverNotificationUseCase,
    readiness: ReadinessService,
  ) {
    readiness.register('delivery-worker', async () => {
      if (!this.worker?.isRunning()) throw new Error('delivery worker not running');
    });
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker<DeliveryJob>(
      DELIVERY_QUEUE,
      (job, token) => this.process(job, token),
      {
        connection: this.redis,
        concurrency: this.config.NOTIFICATION_CONCURRENCY,
        settings: {
          backoffStrategy: (attemptsMade, type, error) => {
            if (type !== PROVIDER_BACKOFF) throw new Error(`Unknown backoff type ${type}`);
            return retryDelay(attemptsMade, this.config.NOTIFICATION_BACKOFF_MS, error);
          },
        },
      },
    );
    this.worker.on('failed', (job, error) =>
      this.logger.warn(
        { notificationId: job?.data.notificationId, attemptsMade: job?.attemptsMade, err: error.name },
        'Delivery attempt failed',
      ),
    );
    this.worker.on('error', (error) => this.logger.error({ err: safeErrorFields(error) }, 'Delivery worker error'));
  }

  /**
   * A send held back by the provider's rate limit waits for the next window as a delayed job: BullMQ does
   * not count that as an attempt. A permanent refusal (bad recipient) ends the job without retries.
   */
  private async process(job: Job<DeliveryJob>, token: string | undefined) {
    try {
      return await this.deliver.execute({
        notificationId: job.data.notificationId,
        lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      });
    } catch (error) {
      if (error instanceof ProviderError && error.permanent) throw new UnrecoverableError(error.message);
      if (!(error instanceof RateLimitedError)) throw error;
      await job.moveToDelayed(Date.now() + error.waitMs, token);
      throw new DelayedError();
    }
  }

  // Before nest-kit quits the shared Redis connection.
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
