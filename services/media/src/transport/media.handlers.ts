import { Controller } from '@nestjs/common';
import { RpcCommand, mediaWorkerProbe } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { ProbeWorkerUseCase } from '../usecases/probe-worker/probe-worker.usecase';

@Controller()
export class MediaHandlers {
  constructor(private readonly probeWorker: ProbeWorkerUseCase) {}

  /** The payload is parsed only so that a request breaking the (empty, strict) contract is refused. */
  @RpcRoute(mediaWorkerProbe)
  onWorkerProbe(@RpcPayload(mediaWorkerProbe) _command: RpcCommand<typeof mediaWorkerProbe>) {
    return this.probeWorker.execute();
  }
}
