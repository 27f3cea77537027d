import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { invitationsInviteRemind } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import { reminderIdempotencyKey } from '../../domain/reminders';
import { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import type { ReminderJob } from '../../infra/reminders/reminder-queue';

export type ReminderOutcome = 'sent' | 'skipped' | 'stale';

/**
 * A due reminder: dropped when the slot is gone, cancelled or moved since the job was planned (its
 * version differs); otherwise invitations sends it with the invitee's link under a key naming the invite,
 * slot version and offset, so a retry after a crash or restart is the same message.
 */
@Injectable()
export class SendReminderUseCase {
  private readonly logger = new Logger('SendReminder');

  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    private readonly rpc: RpcClient,
  ) {}

  async execute(job: ReminderJob): Promise<ReminderOutcome> {
    const slot = await this.slots.findOneBy({ inviteId: job.inviteId });
    if (!slot || slot.status === 'cancelled' || slot.version !== job.version) return 'stale';
    const { sent } = await this.rpc.request(invitationsInviteRemind, {
      inviteId: slot.inviteId,
      idempotencyKey: reminderIdempotencyKey(slot.inviteId, slot.version, job.offsetMinutes),
      startsAt: slot.startsAt.toISOString(),
      timeZone: slot.timeZone,
    });
    this.logger.log(
      { inviteId: slot.inviteId, offsetMinutes: job.offsetMinutes, lateByMs: Date.now() - job.dueAt, sent },
      'Reminder handed to invitations',
    );
    return sent ? 'sent' : 'skipped';
  }
}
