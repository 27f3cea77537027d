import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { ChatModule, config } from './chat.module';

runService(ChatModule, { service: 'chat', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
