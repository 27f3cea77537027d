import { Controller } from '@nestjs/common';
import { RpcCommand, chatFileAttach, chatFileGet, chatMessageList, chatMessagePost, chatReportRender } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { AttachFileUseCase } from '../usecases/attach-file/attach-file.usecase';
import { GetFileUseCase } from '../usecases/get-file/get-file.usecase';
import { ListMessagesUseCase } from '../usecases/list-messages/list-messages.usecase';
import { PostMessageUseCase } from '../usecases/post-message/post-message.usecase';
import { RenderReportUseCase } from '../usecases/render-report/render-report.usecase';

/** The thread: messages, files and the report of a session. */
@Controller()
export class MessageHandlers {
  constructor(
    private readonly postMessage: PostMessageUseCase,
    private readonly listMessages: ListMessagesUseCase,
    private readonly attachFile: AttachFileUseCase,
    private readonly getFile: GetFileUseCase,
    private readonly renderReport: RenderReportUseCase,
  ) {}

  @RpcRoute(chatMessagePost)
  onPost(@RpcPayload(chatMessagePost) command: RpcCommand<typeof chatMessagePost>) {
    return this.postMessage.execute(command);
  }

  @RpcRoute(chatMessageList)
  onList(@RpcPayload(chatMessageList) command: RpcCommand<typeof chatMessageList>) {
    return this.listMessages.execute(command);
  }

  @RpcRoute(chatFileAttach)
  onAttach(@RpcPayload(chatFileAttach) command: RpcCommand<typeof chatFileAttach>) {
    return this.attachFile.execute(command);
  }

  @RpcRoute(chatFileGet)
  onFileGet(@RpcPayload(chatFileGet) command: RpcCommand<typeof chatFileGet>) {
    return this.getFile.execute(command);
  }

  @RpcRoute(chatReportRender)
  onReport(@RpcPayload(chatReportRender) command: RpcCommand<typeof chatReportRender>) {
    return this.renderReport.execute(command);
  }
}
