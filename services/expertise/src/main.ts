import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { ExpertiseModule, config } from './expertise.module';

runService(ExpertiseModule, { service: 'expertise', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
