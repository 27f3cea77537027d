import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { MediaModule, config } from './media.module';

runService(MediaModule, { service: 'media', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
