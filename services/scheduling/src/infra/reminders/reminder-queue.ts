import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectConfig, InjectRedis } from '@passerelle/nest-kit';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { z } from 'zod';
import type { SchedulingConfig } from '../../config';
import { allReminderJobIds, planReminders } from '../../domain/reminders';

export const REMINDER_QUEUE = 'scheduling-reminders';

/** What a reminder job carries: which slot version it was planned for, and how long before. */
export const reminderJobSchema = z.object({
  inviteId: z.string().uuid(),
  version: z.number().int().positive(),
  offsetMinutes: z.number().int().positive(),
  /** When it is due (ms since epoch): the worker logs how late it ran. */
  dueAt: z.number().int(),
});
export type ReminderJob = z.infer<typeof reminderJobSchema>;

export interface SlotToRemind {
  inviteId: string;
  startsAt: Date;
  version: number;
}

/**
 * Reminders as BullMQ delayed jobs with deterministic ids (`reminder-<invite>-<offset>`): planning twice adds
 * nothing (BullMQ ignores a known id), rescheduling removes and re-adds under the same ids, cancelling
 * removes them. The jobs live in Redis, so a restart of this process loses none.
 */
@Injectable()
export class ReminderQueue implements BeforeApplicationShutdown {
  private readonly queue: Queue<ReminderJob>;

  constructor(
    @InjectRedis() redis: Redis,
    @InjectConfig() private readonly config: Pick<SchedulingConfig, 'REMINDER_OFFSETS_MINUTES' | 'REMINDER_DAY_BEFORE'>,
  ) {
    this.queue = new Queue<ReminderJob>(REMINDER_QUEUE, { connection: redis });
  }

  async plan(slot: SlotToRemind, now = new Date()): Promise<void> {
    const reminders = planReminders(slot.inviteId, slot.startsAt, now, this.config.REMINDER_OFFSETS_MINUTES, this.config.REMINDER_DAY_BEFORE);
    for (const reminder of reminders) {
      await this.queue.add(
        'remind',
        { inviteId: slot.inviteId, version: slot.version, offsetMinutes: reminder.offsetMinutes, dueAt: now.getTime() + reminder.delayMs },
        {
          jobId: reminder.jobId,
          delay: reminder.delayMs,
          attempts: 10,
          backoff: { type: 'exponential', delay: 2000 },
          // Gone once done: the id is free for a reschedule; a repeat is stopped by the send's idempotency key.
          removeOnComplete: true,
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      );
    }
  }

  /** Removes every reminder of the invite (any offset). A job running right now finishes, and the worker drops a stale version. */
  async removeAll(inviteId: string): Promise<void> {
    for (const jobId of allReminderJobIds(inviteId, this.config.REMINDER_OFFSETS_MINUTES)) await this.queue.remove(jobId);
  }

  async move(slot: SlotToRemind): Promise<void> {
    await this.removeAll(slot.inviteId);
    await this.plan(slot);
  }

  // Before nest-kit quits the shared Redis connection.
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
