import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  expertiseRequestClose,
  expertiseRequestCreate,
  expertiseRequestGet,
  expertiseRequestList,
  expertiseRequestPost,
  expertiseRequestRelease,
  expertiseRequestSend,
  expertiseRequestTake,
  expertiseRequestTransfer,
  expertiseRequestUpdateDraft,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { CloseRequestUseCase } from '../usecases/close-request/close-request.usecase';
import { CreateRequestUseCase } from '../usecases/create-request/create-request.usecase';
import { GetRequestUseCase } from '../usecases/get-request/get-request.usecase';
import { ListRequestsUseCase } from '../usecases/list-requests/list-requests.usecase';
import { PostEntryUseCase } from '../usecases/post-entry/post-entry.usecase';
import { ReleaseRequestUseCase } from '../usecases/release-request/release-request.usecase';
import { SendRequestUseCase } from '../usecases/send-request/send-request.usecase';
import { TakeRequestUseCase } from '../usecases/take-request/take-request.usecase';
import { TransferRequestUseCase } from '../usecases/transfer-request/transfer-request.usecase';
import { UpdateDraftUseCase } from '../usecases/update-draft/update-draft.usecase';

@Controller()
export class RequestHandlers {
  constructor(
    private readonly create: CreateRequestUseCase,
    private readonly updateDraft: UpdateDraftUseCase,
    private readonly send: SendRequestUseCase,
    private readonly list: ListRequestsUseCase,
    private readonly get: GetRequestUseCase,
    private readonly take: TakeRequestUseCase,
    private readonly release: ReleaseRequestUseCase,
    private readonly post: PostEntryUseCase,
    private readonly close: CloseRequestUseCase,
    private readonly transfer: TransferRequestUseCase,
  ) {}

  @RpcRoute(expertiseRequestCreate)
  onCreate(@RpcPayload(expertiseRequestCreate) command: RpcCommand<typeof expertiseRequestCreate>) {
    return this.create.execute(command);
  }

  @RpcRoute(expertiseRequestUpdateDraft)
  onUpdateDraft(@RpcPayload(expertiseRequestUpdateDraft) command: RpcCommand<typeof expertiseRequestUpdateDraft>) {
    return this.updateDraft.execute(command);
  }

  @RpcRoute(expertiseRequestSend)
  onSend(@RpcPayload(expertiseRequestSend) command: RpcCommand<typeof expertiseRequestSend>) {
    return this.send.execute(command);
  }

  @RpcRoute(expertiseRequestList)
  onList(@RpcPayload(expertiseRequestList) command: RpcCommand<typeof expertiseRequestList>) {
    return this.list.execute(command);
  }

  @RpcRoute(expertiseRequestGet)
  onGet(@RpcPayload(expertiseRequestGet) command: RpcCommand<typeof expertiseRequestGet>) {
    return this.get.execute(command);
  }

  @RpcRoute(expertiseRequestTake)
  onTake(@RpcPayload(expertiseRequestTake) command: RpcCommand<typeof expertiseRequestTake>) {
    return this.take.execute(command);
  }

  @RpcRoute(expertiseRequestRelease)
  onRelease(@RpcPayload(expertiseRequestRelease) command: RpcCommand<typeof expertiseRequestRelease>) {
    return this.release.execute(command);
  }

  @RpcRoute(expertiseRequestPost)
  onPost(@RpcPayload(expertiseRequestPost) command: RpcCommand<typeof expertiseRequestPost>) {
    return this.post.execute(command);
  }

  @RpcRoute(expertiseRequestClose)
  onClose(@RpcPayload(expertiseRequestClose) command: RpcCommand<typeof expertiseRequestClose>) {
    return this.close.execute(command);
  }

  @RpcRoute(expertiseRequestTransfer)
  onTransfer(@RpcPayload(expertiseRequestTransfer) command: RpcCommand<typeof expertiseRequestTransfer>) {
    return this.transfer.execute(command);
  }
}
