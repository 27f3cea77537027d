import { Module } from '@nestjs/common';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { database } from './infra/database';

export const config = loadConfig(configSchema);

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'invitations', config, database, redis: true })],
})
export class InvitationsModule {}
