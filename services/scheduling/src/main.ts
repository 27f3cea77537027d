import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { SchedulingModule, config } from './scheduling.module';

runService(SchedulingModule, { service: 'scheduling', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
