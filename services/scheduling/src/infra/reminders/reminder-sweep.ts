import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { safeErrorFields } from '@passerelle/nest-kit';
import { In, MoreThan, Repository } from 'typeorm';
import { PlannedSlotEntity } from '../entities/planned-slot.entity';
import { ReminderQueue } from './reminder-queue';

/**
 * At boot, queues the reminders of every slot still ahead from the database: a Redis that lost its data,
 * or a plan whose queueing failed after the row was committed, still gets its reminders. Known job ids are
 * left alone by BullMQ, so nothing is queued twice.
 */
@Injectable()
export class ReminderSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger('ReminderSweep');

  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    private readonly reminders: ReminderQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const ahead = await this.slots.find({ where: { status: In(['planned', 'rescheduled']), startsAt: MoreThan(new Date()) } });
      for (const slot of ahead) await this.reminders.plan(slot);
    } catch (error) {
      this.logger.error({ err: safeErrorFields(error) }, 'Reminder sweep failed');
    }
  }
}
