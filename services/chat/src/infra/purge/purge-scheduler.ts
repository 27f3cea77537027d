import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectRedis, safeErrorFields } from '@passerelle/nest-kit';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { Repository } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import { PURGE_QUEUE, PurgeJob, purgeJobId } from './purge-queue';

const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Schedules the purge of closed sessions as delayed BullMQ jobs. The jobs live in Redis, so a restart
 * loses none; and a sweep (at boot, then every few minutes) re-schedules every closed session from the
 * database, which covers a close whose scheduling failed after the status was committed.
 */
@Injectable()
export class PurgeScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PurgeScheduler');
  private readonly queue: Queue<PurgeJob>;
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    @InjectRedis() redis: Redis,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {
    this.queue = new Queue<PurgeJob>(PURGE_QUEUE, { connection: redis });
  }

  /** Never throws: the sweep catches up with a failure. */
  async schedule(sessionId: string, purgeAt: Date): Promise<void> {
    try {
      await this.queue.add(
        'purge',
        { sessionId },
        {
          jobId: purgeJobId(sessionId),
          delay: Math.max(0, purgeAt.getTime() - Date.now()),
          attempts: 10,
          backoff: { type: 'exponential', delay: 5000 },
          // Removed once done or given up, so the sweep can schedule a failed purge again.
          removeOnComplete: true,
          removeOnFail: true,
        },
      );
    } catch (error) {
      this.logger.error({ sessionId, err: safeErrorFields(error) }, 'Could not schedule a purge; the sweep will retry');
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.queue.close().catch(() => undefined);
  }

  private async sweep(): Promise<void> {
    try {
      const closed = await this.sessions.find({ select: { id: true, purgeAt: true }, where: { status: 'closed' } });
      for (const session of closed) await this.schedule(session.id, session.purgeAt ?? new Date());
    } catch (error) {
      this.logger.error({ err: safeErrorFields(error) }, 'Purge sweep failed');
    }
  }
}
