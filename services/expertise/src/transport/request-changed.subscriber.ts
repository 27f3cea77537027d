import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { expertiseRequestChanged } from '@passerelle/contracts';
import { EventBus } from '@passerelle/nest-kit';
import { NotifyRequestChangeUseCase } from '../usecases/notify-request-change/notify-request-change.usecase';

/** Durable JetStream consumer of expertise's own request changes: who must be told is told, once. */
@Injectable()
export class RequestChangedSubscriber implements OnApplicationBootstrap {
  constructor(
    private readonly events: EventBus,
    private readonly notify: NotifyRequestChangeUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.events.subscribe(expertiseRequestChanged, (event, manager) => this.notify.execute(event, manager));
  }
}
