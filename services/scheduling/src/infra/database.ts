import { ServiceDatabase } from '@passerelle/nest-kit';
import { PlannedSlotEntity } from './entities/planned-slot.entity';
import { migrations } from './migrations';

/** The `scheduling` schema: planned slots (reminders live in Redis as BullMQ delayed jobs). */
export const database: ServiceDatabase = { schema: 'scheduling', entities: [PlannedSlotEntity], migrations };
