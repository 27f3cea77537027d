import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  expertisePresenceGet,
  expertisePresenceSet,
  expertiseQueueAccess,
  expertiseQueueList,
  expertiseQueueRequests,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { ListQueuesUseCase } from '../usecases/list-queues/list-queues.usecase';
import { PresenceUseCase } from '../usecases/presence/presence.usecase';
import { QueueRequestsUseCase } from '../usecases/queue-requests/queue-requests.usecase';

@Controller()
export class QueueHandlers {
  constructor(
    private readonly queues: ListQueuesUseCase,
    private readonly queueRequests: QueueRequestsUseCase,
    private readonly presence: PresenceUseCase,
  ) {}

  @RpcRoute(expertiseQueueList)
  onList(@RpcPayload(expertiseQueueList) command: RpcCommand<typeof expertiseQueueList>) {
    return this.queues.execute(command);
  }

  @RpcRoute(expertiseQueueRequests)
  onRequests(@RpcPayload(expertiseQueueRequests) command: RpcCommand<typeof expertiseQueueRequests>) {
    return this.queueRequests.execute(command);
  }

  @RpcRoute(expertiseQueueAccess)
  async onAccess(@RpcPayload(expertiseQueueAccess) command: RpcCommand<typeof expertiseQueueAccess>) {
    await this.queueRequests.assertMember(command.actor, command.queueId);
    return { queueId: command.queueId };
  }

  @RpcRoute(expertisePresenceGet)
  onPresenceGet(@RpcPayload(expertisePresenceGet) command: RpcCommand<typeof expertisePresenceGet>) {
    return this.presence.get(command.actor);
  }

  @RpcRoute(expertisePresenceSet)
  onPresenceSet(@RpcPayload(expertisePresenceSet) command: RpcCommand<typeof expertisePresenceSet>) {
    return this.presence.set(command.actor, command.body.status);
  }
}
