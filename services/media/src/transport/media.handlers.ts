import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  mediaCallEnd,
  mediaCallJoin,
  mediaCallLeave,
  mediaCallSetAudioOnly,
  mediaConsume,
  mediaConsumerResume,
  mediaProduce,
  mediaProducerSetPaused,
  mediaTransportConnect,
  mediaTransportCreate,
  mediaWorkerProbe,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { CallSignallingUseCase } from '../usecases/call-signalling/call-signalling.usecase';
import { ProbeWorkerUseCase } from '../usecases/probe-worker/probe-worker.usecase';

@Controller()
export class MediaHandlers {
  constructor(
    private readonly probeWorker: ProbeWorkerUseCase,
    private readonly call: CallSignallingUseCase,
  ) {}

  /** The payload is parsed only so that a request breaking the (empty, strict) contract is refused. */
  @RpcRoute(mediaWorkerProbe)
  onWorkerProbe(@RpcPayload(mediaWorkerProbe) _command: RpcCommand<typeof mediaWorkerProbe>) {
    return this.probeWorker.execute();
  }

  @RpcRoute(mediaCallJoin)
  onCallJoin(@RpcPayload(mediaCallJoin) command: RpcCommand<typeof mediaCallJoin>) {
    return this.call.join(command);
  }

  @RpcRoute(mediaTransportCreate)
  onTransportCreate(@RpcPayload(mediaTransportCreate) command: RpcCommand<typeof mediaTransportCreate>) {
    return this.call.createTransport(command);
  }

  @RpcRoute(mediaTransportConnect)
  onTransportConnect(@RpcPayload(mediaTransportConnect) command: RpcCommand<typeof mediaTransportConnect>) {
    return this.call.connectTransport(command);
  }

  @RpcRoute(mediaProduce)
  onProduce(@RpcPayload(mediaProduce) command: RpcCommand<typeof mediaProduce>) {
    return this.call.produce(command);
  }

  @RpcRoute(mediaConsume)
  onConsume(@RpcPayload(mediaConsume) command: RpcCommand<typeof mediaConsume>) {
    return this.call.consume(command);
  }

  @RpcRoute(mediaConsumerResume)
  onConsumerResume(@RpcPayload(mediaConsumerResume) command: RpcCommand<typeof mediaConsumerResume>) {
    return this.call.resumeConsumer(command);
  }

  @RpcRoute(mediaProducerSetPaused)
  onProducerSetPaused(@RpcPayload(mediaProducerSetPaused) command: RpcCommand<typeof mediaProducerSetPaused>) {
    return this.call.setProducerPaused(command);
  }

  @RpcRoute(mediaCallLeave)
  onCallLeave(@RpcPayload(mediaCallLeave) command: RpcCommand<typeof mediaCallLeave>) {
    return this.call.leave(command);
  }

  @RpcRoute(mediaCallEnd)
  onCallEnd(@RpcPayload(mediaCallEnd) command: RpcCommand<typeof mediaCallEnd>) {
    return this.call.end(command);
  }

  @RpcRoute(mediaCallSetAudioOnly)
  onCallSetAudioOnly(@RpcPayload(mediaCallSetAudioOnly) command: RpcCommand<typeof mediaCallSetAudioOnly>) {
    return this.call.setAudioOnly(command);
  }
}
