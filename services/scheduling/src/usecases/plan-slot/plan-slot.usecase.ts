import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, schedulingSlotPlan } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import type { SchedulingConfig } from '../../config';
import { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import { ReminderQueue } from '../../infra/reminders/reminder-queue';
import { slotInstant } from '../shared/slot-time';
import { calendarFile, toSlotView } from '../shared/slot-view';

type Plan = typeof schedulingSlotPlan;

/** Stores a new invite's slot in UTC and queues its reminders. A repeated command answers with the stored slot. */
@Injectable()
export class PlanSlotUseCase {
  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    private readonly reminders: ReminderQueue,
    @InjectConfig() private readonly config: SchedulingConfig,
  ) {}

  async execute(command: RpcCommand<Plan>): Promise<RpcResponse<Plan>> {
    const existing = await this.slots.findOneBy({ inviteId: command.inviteId });
    const slot =
      existing ??
      (await this.insert(command, slotInstant(command.schedule)));
    await this.reminders.plan(slot);
    return { slot: toSlotView(slot, this.config), ics: calendarFile(slot, command.calendar) };
  }

  private async insert(command: RpcCommand<Plan>, startsAt: Date): Promise<PlannedSlotEntity> {
    await this.slots
      .createQueryBuilder()
      .insert()
      .values({
        inviteId: command.inviteId,
        organisationId: command.organisationId,
        startsAt,
        timeZone: command.schedule.timeZone,
        durationMinutes: command.schedule.durationMinutes,
        status: 'planned',
        version: 1,
      })
      .orIgnore()
      .execute();
    return this.slots.findOneByOrFail({ inviteId: command.inviteId });
  }
}
