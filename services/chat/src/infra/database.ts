import { ServiceDatabase } from '@passerelle/nest-kit';
import { DeletionReceiptEntity } from './entities/deletion-receipt.entity';
import { FileEntity } from './entities/file.entity';
import { MessageEntity } from './entities/message.entity';
import { ParticipantEntity } from './entities/participant.entity';
import { SessionEntity } from './entities/session.entity';
import { migrations } from './migrations';

export const database: ServiceDatabase = {
  schema: 'chat',
  entities: [SessionEntity, ParticipantEntity, FileEntity, MessageEntity, DeletionReceiptEntity],
  migrations,
};
