import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRedis, safeErrorFields } from '@passerelle/nest-kit';
import { Job, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { PurgeSessionUseCase } from '../../usecases/purge-session/purge-session.usecase';
import { PURGE_QUEUE, PurgeJob, purgeJobSchema } from './purge-queue';

/** Runs due purges in the chat process; replicas share the queue, BullMQ hands each job to one of them. */
@Injectable()
export class PurgeWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PurgeWorker');
  private worker?: Worker<PurgeJob>;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly purge: PurgeSessionUseCase,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<PurgeJob>(PURGE_QUEUE, (job: Job<PurgeJob>) => this.purge.execute(purgeJobSchema.parse(job.data).sessionId), {
      connection: this.redis,
      concurrency: 2,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: safeErrorFields(error) }, 'Purge failed; retrying'),
    );
    this.worker.on('error', (error) => this.logger.error({ err: safeErrorFields(error) }, 'Purge worker error'));
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.close().catch(() => undefined);
  }
}
