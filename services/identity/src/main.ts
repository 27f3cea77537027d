import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { IdentityModule, config } from './identity.module';

runService(IdentityModule, { service: 'identity', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
