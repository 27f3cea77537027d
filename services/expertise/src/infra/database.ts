import { ServiceDatabase } from '@passerelle/nest-kit';
import { DestinationServiceEntity } from './entities/destination-service.entity';
import { DocumentEntity } from './entities/document.entity';
import { ExpertPresenceEntity } from './entities/expert-presence.entity';
import { ExpertiseTypeEntity } from './entities/expertise-type.entity';
import { QueueMemberEntity } from './entities/queue-member.entity';
import { RequestEntity } from './entities/request.entity';
import { ThreadEntryEntity } from './entities/thread-entry.entity';
import { TransferEntity } from './entities/transfer.entity';
import { migrations } from './migrations';

export const database: ServiceDatabase = {
  schema: 'expertise',
  entities: [
    ExpertiseTypeEntity,
    DestinationServiceEntity,
    QueueMemberEntity,
    RequestEntity,
    ThreadEntryEntity,
    DocumentEntity,
    TransferEntity,
    ExpertPresenceEntity,
  ],
  migrations,
};
