import { Module } from '@nestjs/common';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { CallAccess } from './infra/call-access';
import { CallLifecycle } from './infra/call-lifecycle';
import { database } from './infra/database';
import { MediasoupRuntime } from './infra/mediasoup/mediasoup-runtime';
import { RealtimePublisher } from './infra/realtime-publisher';
import { MediaHandlers } from './transport/media.handlers';
import { DeviceTestHandlers } from './usecases/device-test/device-test.handlers';
import { DeviceTestUseCase } from './usecases/device-test/device-test.usecase';
import { CallSignallingUseCase } from './usecases/call-signalling/call-signalling.usecase';
import { ProbeWorkerUseCase } from './usecases/probe-worker/probe-worker.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'media', config, database })],
  controllers: [MediaHandlers, DeviceTestHandlers],
  providers: [MediasoupRuntime, ProbeWorkerUseCase, CallAccess, RealtimePublisher, CallLifecycle, CallSignallingUseCase, DeviceTestUseCase],
})
export class MediaModule {}
