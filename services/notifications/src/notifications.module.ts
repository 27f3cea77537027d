import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { dataCipherProvider } from './infra/data-cipher';
import { database } from './infra/database';
import { channelProviders } from './infra/providers/channel-providers';
import { DeliveryQueue } from './infra/queue/delivery-queue';
import { DeliveryWorker } from './infra/queue/delivery.worker';
import { NotificationsHandlers } from './transport/notifications.handlers';
import { DeliverNotificationUseCase } from './usecases/deliver-notification/deliver-notification.usecase';
import { ApplyDeliveryEventsUseCase } from './usecases/apply-delivery-events/apply-delivery-events.usecase';
import { GetMessageStatusUseCase } from './usecases/get-message-status/get-message-status.usecase';
import { ListOutboxUseCase } from './usecases/list-outbox/list-outbox.usecase';
import { SendNotificationUseCase } from './usecases/send-notification/send-notification.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'notifications', config, database, redis: true }),
    TypeOrmModule.forFeature(database.entities),
  ],
  controllers: [NotificationsHandlers],
  providers: [
    dataCipherProvider,
    ...channelProviders,
    DeliveryQueue,
    DeliveryWorker,
    SendNotificationUseCase,
    DeliverNotificationUseCase,
    ListOutboxUseCase,
    GetMessageStatusUseCase,
    ApplyDeliveryEventsUseCase,
  ],
})
export class NotificationsModule {}
