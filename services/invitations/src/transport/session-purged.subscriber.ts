import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { sessionPurged } from '@passerelle/contracts';
import { EventBus } from '@passerelle/nest-kit';
import { PurgeSessionInvitesUseCase } from '../usecases/purge-session-invites/purge-session-invites.usecase';

/** Durable JetStream consumer of chat's purge events. */
@Injectable()
export class SessionPurgedSubscriber implements OnApplicationBootstrap {
  private readonly logger = new Logger('SessionPurgedSubscriber');

  constructor(
    private readonly events: EventBus,
    private readonly purge: PurgeSessionInvitesUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.events.subscribe(sessionPurged, async (event, manager) => {
      const deleted = await this.purge.execute(event, manager);
      this.logger.log({ sessionId: event.sessionId, invitesDeleted: deleted }, 'Purged the invites of a session');
    });
  }
}
