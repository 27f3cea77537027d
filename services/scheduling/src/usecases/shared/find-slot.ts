import { DomainError, ErrorCode } from '@passerelle/contracts';
import type { Repository } from 'typeorm';
import type { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';

export async function findSlot(slots: Repository<PlannedSlotEntity>, inviteId: string): Promise<PlannedSlotEntity> {
  const slot = await slots.findOneBy({ inviteId });
  if (!slot) throw new DomainError(ErrorCode.NOT_FOUND, 'This invite has no planned slot');
  return slot;
}
