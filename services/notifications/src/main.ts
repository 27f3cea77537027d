import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { NotificationsModule, config } from './notifications.module';

runService(NotificationsModule, { service: 'notifications', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
