import { Controller } from '@nestjs/common';
import { RpcCommand, mediaDeviceTestOpen, mediaDeviceTestSignal } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { DeviceTestUseCase } from './device-test.usecase';

/** NATS handlers of the device test echo rooms (the gateway's public `/api/v1/device-test` routes). */
@Controller()
export class DeviceTestHandlers {
  constructor(private readonly deviceTest: DeviceTestUseCase) {}

  @RpcRoute(mediaDeviceTestOpen)
  onOpen(@RpcPayload(mediaDeviceTestOpen) command: RpcCommand<typeof mediaDeviceTestOpen>) {
    return this.deviceTest.open(command);
  }

  @RpcRoute(mediaDeviceTestSignal)
  onSignal(@RpcPayload(mediaDeviceTestSignal) command: RpcCommand<typeof mediaDeviceTestSignal>) {
    return this.deviceTest.signal(command);
  }
}
