import { Controller } from '@nestjs/common';
import { RpcCommand, chatSessionEvent } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { RecordCallEventUseCase } from '../usecases/record-call-event/record-call-event.usecase';

/** Call events written into the thread by the media service. */
@Controller()
export class CallEventHandlers {
  constructor(private readonly recordCallEvent: RecordCallEventUseCase) {}

  @RpcRoute(chatSessionEvent)
  onEvent(@RpcPayload(chatSessionEvent) command: RpcCommand<typeof chatSessionEvent>) {
    return this.recordCallEvent.execute(command);
  }
}
