import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  identityTermsAccept,
  identityTermsCurrent,
  identityTermsList,
  identityTermsMine,
  identityTermsPublish,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { AcceptTermsUseCase } from '../usecases/accept-terms/accept-terms.usecase';
import { GetCurrentTermsUseCase } from '../usecases/get-current-terms/get-current-terms.usecase';
import { GetMyTermsUseCase } from '../usecases/get-my-terms/get-my-terms.usecase';
import { ListTermsUseCase } from '../usecases/list-terms/list-terms.usecase';
import { PublishTermsUseCase } from '../usecases/publish-terms/publish-terms.usecase';

@Controller()
export class TermsHandlers {
  constructor(
    private readonly current: GetCurrentTermsUseCase,
    private readonly list: ListTermsUseCase,
    private readonly publish: PublishTermsUseCase,
    private readonly mine: GetMyTermsUseCase,
    private readonly accept: AcceptTermsUseCase,
  ) {}

  @RpcRoute(identityTermsCurrent)
  onCurrent() {
    return this.current.execute();
  }

  @RpcRoute(identityTermsList)
  onList(@RpcPayload(identityTermsList) command: RpcCommand<typeof identityTermsList>) {
    return this.list.execute(command);
  }

  @RpcRoute(identityTermsPublish)
  onPublish(@RpcPayload(identityTermsPublish) command: RpcCommand<typeof identityTermsPublish>) {
    return this.publish.execute(command);
  }

  @RpcRoute(identityTermsMine)
  onMine(@RpcPayload(identityTermsMine) command: RpcCommand<typeof identityTermsMine>) {
    return this.mine.execute(command);
  }

  @RpcRoute(identityTermsAccept)
  onAccept(@RpcPayload(identityTermsAccept) command: RpcCommand<typeof identityTermsAccept>) {
    return this.accept.execute(command);
  }
}
