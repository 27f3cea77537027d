import { Controller } from '@nestjs/common';
import { RpcCommand, expertiseDocumentAttach, expertiseDocumentGet, expertiseRequestExport } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { AttachDocumentUseCase } from '../usecases/attach-document/attach-document.usecase';
import { ExportRequestUseCase } from '../usecases/export-request/export-request.usecase';
import { GetDocumentUseCase } from '../usecases/get-document/get-document.usecase';

@Controller()
export class DocumentHandlers {
  constructor(
    private readonly attach: AttachDocumentUseCase,
    private readonly getDocument: GetDocumentUseCase,
    private readonly exportRequest: ExportRequestUseCase,
  ) {}

  @RpcRoute(expertiseDocumentAttach)
  onAttach(@RpcPayload(expertiseDocumentAttach) command: RpcCommand<typeof expertiseDocumentAttach>) {
    return this.attach.execute(command);
  }

  @RpcRoute(expertiseDocumentGet)
  onGet(@RpcPayload(expertiseDocumentGet) command: RpcCommand<typeof expertiseDocumentGet>) {
    return this.getDocument.execute(command);
  }

  @RpcRoute(expertiseRequestExport)
  onExport(@RpcPayload(expertiseRequestExport) command: RpcCommand<typeof expertiseRequestExport>) {
    return this.exportRequest.execute(command);
  }
}
