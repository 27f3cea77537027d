import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRedis, ReadinessService, safeErrorFields } from '@passerelle/nest-kit';
import { Job, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { SendReminderUseCase } from '../../usecases/send-reminder/send-reminder.usecase';
import { REMINDER_QUEUE, ReminderJob, reminderJobSchema } from './reminder-queue';

/**
 * Runs due reminders in this process; replicas share the queue. A failed send (invitations or
 * notifications unreachable) is retried with backoff; the send's idempotency key keeps it to one message.
 */
@Injectable()
export class ReminderWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReminderWorker');
  private worker?: Worker<ReminderJob>;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly sendReminder: SendReminderUseCase,
    readiness: ReadinessService,
  ) {
    readiness.register('reminder-worker', async () => {
      if (!this.worker?.isRunning()) throw new Error('reminder worker not running');
    });
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker<ReminderJob>(REMINDER_QUEUE, (job: Job<ReminderJob>) => this.sendReminder.execute(reminderJobSchema.parse(job.data)), {
      connection: this.redis,
      concurrency: 5,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: safeErrorFields(error) }, 'Reminder failed; retrying'),
    );
    this.worker.on('error', (error) => this.logger.error({ err: safeErrorFields(error) }, 'Reminder worker error'));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
