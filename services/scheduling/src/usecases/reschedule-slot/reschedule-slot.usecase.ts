import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, schedulingSlotReschedule } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import type { SchedulingConfig } from '../../config';
import { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import { ReminderQueue } from '../../infra/reminders/reminder-queue';
import { findSlot } from '../shared/find-slot';
import { slotInstant } from '../shared/slot-time';
import { calendarFile, toSlotView } from '../shared/slot-view';

type Reschedule = typeof schedulingSlotReschedule;

/**
 * A new time for the slot: the version goes up (only if nobody cancelled it meanwhile) and the reminders
 * move under the same job ids; a reminder of the old version that is already running is dropped by the worker.
 */
@Injectable()
export class RescheduleSlotUseCase {
  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    private readonly reminders: ReminderQueue,
    @InjectConfig() private readonly config: SchedulingConfig,
  ) {}

  async execute(command: RpcCommand<Reschedule>): Promise<RpcResponse<Reschedule>> {
    const startsAt = slotInstant(command.schedule);
    await findSlot(this.slots, command.inviteId);
    const result = await this.slots
      .createQueryBuilder()
      .update()
      .set({
        startsAt,
        timeZone: command.schedule.timeZone,
        durationMinutes: command.schedule.durationMinutes,
        status: 'rescheduled',
        version: () => 'version + 1',
      })
      .where("invite_id = :inviteId AND status <> 'cancelled'", { inviteId: command.inviteId })
      .execute();
    if (!result.affected) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'A cancelled session cannot be moved', [{ path: 'inviteId', problem: 'cancelled' }]);
    }
    const slot = await findSlot(this.slots, command.inviteId);
    await this.reminders.move(slot);
    return { slot: toSlotView(slot, this.config), ics: calendarFile(slot, command.calendar) };
  }
}
