import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, schedulingSlotCancel } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import type { SchedulingConfig } from '../../config';
import { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import { ReminderQueue } from '../../infra/reminders/reminder-queue';
import { findSlot } from '../shared/find-slot';
import { calendarFile, toSlotView } from '../shared/slot-view';

type Cancel = typeof schedulingSlotCancel;

/** Cancels the slot and removes its reminders; cancelling again re-asserts the removal. */
@Injectable()
export class CancelSlotUseCase {
  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    private readonly reminders: ReminderQueue,
    @InjectConfig() private readonly config: SchedulingConfig,
  ) {}

  async execute(command: RpcCommand<Cancel>): Promise<RpcResponse<Cancel>> {
    await findSlot(this.slots, command.inviteId);
    await this.slots.update({ inviteId: command.inviteId }, { status: 'cancelled' });
    await this.reminders.removeAll(command.inviteId);
    const slot = await findSlot(this.slots, command.inviteId);
    return { slot: toSlotView(slot, this.config), ics: calendarFile(slot, command.calendar) };
  }
}
