import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, schedulingJoinWindowCheck } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import type { SchedulingConfig } from '../../config';
import { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import { toSlotView, verdictFor } from '../shared/slot-view';

type Check = typeof schedulingJoinWindowCheck;

/** Whether an invite's link may be used now; an invite without a slot is an instant one, always open. */
@Injectable()
export class CheckJoinWindowUseCase {
  constructor(
    @InjectRepository(PlannedSlotEntity) private readonly slots: Repository<PlannedSlotEntity>,
    @InjectConfig() private readonly config: SchedulingConfig,
  ) {}

  async execute({ inviteId }: RpcCommand<Check>): Promise<RpcResponse<Check>> {
    const slot = await this.slots.findOneBy({ inviteId });
    if (!slot) return { planned: false };
    return { planned: true, state: verdictFor(slot, this.config).state, slot: toSlotView(slot, this.config) };
  }
}
