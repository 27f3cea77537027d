import { Module } from '@nestjs/common';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { database } from './infra/database';
import { MediasoupRuntime } from './infra/mediasoup/mediasoup-runtime';
import { MediaHandlers } from './transport/media.handlers';
import { ProbeWorkerUseCase } from './usecases/probe-worker/probe-worker.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'media', config, database })],
  controllers: [MediaHandlers],
  providers: [MediasoupRuntime, ProbeWorkerUseCase],
})
export class MediaModule {}
