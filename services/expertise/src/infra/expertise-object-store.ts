import { Injectable } from '@nestjs/common';
import { EXPERTISE_DOCUMENTS_BUCKET, EXPERTISE_EXPORTS_BUCKET, EXPERTISE_UPLOADS_BUCKET } from '@passerelle/contracts';
import { InjectConfig, NatsConnectionHolder, ObjectBuckets } from '@passerelle/nest-kit';
import { ExpertiseConfig } from '../config';

/** The JetStream object store buckets expertise uses, with their lifetimes when expertise creates them. */
@Injectable()
export class ExpertiseObjectStore extends ObjectBuckets {
  constructor(nats: NatsConnectionHolder, @InjectConfig() config: ExpertiseConfig) {
    super(nats, () => ({
      // Uploads are moved or refused within a request; exports are fetched right after rendering.
      [EXPERTISE_UPLOADS_BUCKET]: 3600,
      [EXPERTISE_EXPORTS_BUCKET]: config.REPORT_TTL_SECONDS,
      [EXPERTISE_DOCUMENTS_BUCKET]: 0,
    }));
  }
}
