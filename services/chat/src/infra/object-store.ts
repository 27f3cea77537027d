import { Injectable } from '@nestjs/common';
import { CHAT_FILES_BUCKET, CHAT_REPORTS_BUCKET, CHAT_UPLOADS_BUCKET } from '@passerelle/contracts';
import { InjectConfig, NatsConnectionHolder, ObjectBuckets } from '@passerelle/nest-kit';
import { ChatConfig } from '../config';

/** The JetStream object store buckets chat uses, with their lifetimes when chat creates them. */
@Injectable()
export class ChatObjectStore extends ObjectBuckets {
  constructor(nats: NatsConnectionHolder, @InjectConfig() config: ChatConfig) {
    super(nats, () => ({
      // Reports are fetched right after rendering; uploads are moved or refused within a request.
      [CHAT_REPORTS_BUCKET]: config.REPORT_TTL_SECONDS,
      [CHAT_UPLOADS_BUCKET]: 3600,
      [CHAT_FILES_BUCKET]: 0,
    }));
  }
}
