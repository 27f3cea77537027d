import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, schedulingSlotList } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { In, Repository } from 'typeorm';
import type { SchedulingConfig } from '../../config';
import { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import { toSlotView } from '../shared/slot-view';

/** Slots of the given invites, soonest first. */
@Injectable()
export class ListSlotsUseCase {
  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    @InjectConfig() private readonly config: SchedulingConfig,
  ) {}

  async execute({ inviteIds }: RpcCommand<typeof schedulingSlotList>): Promise<RpcResponse<typeof schedulingSlotList>> {
    if (inviteIds.length === 0) return { items: [] };
    const rows = await this.slots.find({ where: { inviteId: In(inviteIds) }, order: { startsAt: 'ASC' } });
    return { items: rows.map((row) => toSlotView(row, this.config)) };
  }
}
