import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  chatSessionCreate,
  chatSessionGet,
  chatSessionStart,
  chatSessionSummaries,
  chatSessionTerminate,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { CreateSessionUseCase } from '../usecases/create-session/create-session.usecase';
import { GetSessionUseCase } from '../usecases/get-session/get-session.usecase';
import { SessionSummariesUseCase } from '../usecases/session-summaries/session-summaries.usecase';
import { StartSessionUseCase } from '../usecases/start-session/start-session.usecase';
import { TerminateSessionUseCase } from '../usecases/terminate-session/terminate-session.usecase';

@Controller()
export class SessionHandlers {
  constructor(
    private readonly create: CreateSessionUseCase,
    private readonly get: GetSessionUseCase,
    private readonly summaries: SessionSummariesUseCase,
    private readonly start: StartSessionUseCase,
    private readonly terminate: TerminateSessionUseCase,
  ) {}

  @RpcRoute(chatSessionCreate)
  onCreate(@RpcPayload(chatSessionCreate) command: RpcCommand<typeof chatSessionCreate>) {
    return this.create.execute(command);
  }

  @RpcRoute(chatSessionGet)
  onGet(@RpcPayload(chatSessionGet) command: RpcCommand<typeof chatSessionGet>) {
    return this.get.execute(command);
  }

  @RpcRoute(chatSessionSummaries)
  onSummaries(@RpcPayload(chatSessionSummaries) command: RpcCommand<typeof chatSessionSummaries>) {
    return this.summaries.execute(command);
  }

  @RpcRoute(chatSessionStart)
  onStart(@RpcPayload(chatSessionStart) command: RpcCommand<typeof chatSessionStart>) {
    return this.start.execute(command);
  }

  @RpcRoute(chatSessionTerminate)
  onTerminate(@RpcPayload(chatSessionTerminate) command: RpcCommand<typeof chatSessionTerminate>) {
    return this.terminate.execute(command);
  }
}
