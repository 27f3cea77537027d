import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { sessionInvitesPurged } from '@passerelle/contracts';
import { EventBus } from '@passerelle/nest-kit';
import { RecordInvitesPurgedUseCase } from '../usecases/record-invites-purged/record-invites-purged.usecase';

/** Durable JetStream consumer: what other services deleted for a purged session joins its receipt. */
@Injectable()
export class PurgeEventsSubscriber implements OnApplicationBootstrap {
  constructor(
    private readonly events: EventBus,
    private readonly recordInvitesPurged: RecordInvitesPurgedUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.events.subscribe(sessionInvitesPurged, (event, manager) => this.recordInvitesPurged.execute(event, manager));
  }
}
