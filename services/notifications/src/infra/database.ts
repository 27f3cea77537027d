import { ServiceDatabase } from '@passerelle/nest-kit';
import { NotificationEntity } from './entities/notification.entity';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { migrations } from './migrations';

/** The `notifications` schema: the delivery log and the development outbox. */
export const database: ServiceDatabase = {
  schema: 'notifications',
  entities: [NotificationEntity, OutboxMessageEntity],
  migrations,
};
