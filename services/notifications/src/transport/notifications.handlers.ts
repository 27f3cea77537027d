import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  notificationsMessageStatus,
  notificationsOutboxList,
  notificationsSend,
  notificationsWebhookSendgrid,
  notificationsWebhookVonage,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { ApplyDeliveryEventsUseCase } from '../usecases/apply-delivery-events/apply-delivery-events.usecase';
import { GetMessageStatusUseCase } from '../usecases/get-message-status/get-message-status.usecase';
import { ListOutboxUseCase } from '../usecases/list-outbox/list-outbox.usecase';
import { SendNotificationUseCase } from '../usecases/send-notification/send-notification.usecase';

@Controller()
export class NotificationsHandlers {
  constructor(
    private readonly send: SendNotificationUseCase,
    private readonly listOutbox: ListOutboxUseCase,
    private readonly status: GetMessageStatusUseCase,
    private readonly deliveryEvents: ApplyDeliveryEventsUseCase,
  ) {}

  @RpcRoute(notificationsSend)
  onSend(@RpcPayload(notificationsSend) command: RpcCommand<typeof notificationsSend>) {
    return this.send.execute(command);
  }

  @RpcRoute(notificationsOutboxList)
  onOutboxList(@RpcPayload(notificationsOutboxList) command: RpcCommand<typeof notificationsOutboxList>) {
    return this.listOutbox.execute(command);
  }

  /** Internal callers (invitations) ask by the ids send gave them; the answer holds no patient data. */
  @RpcRoute(notificationsMessageStatus)
  onStatus(@RpcPayload(notificationsMessageStatus) command: RpcCommand<typeof notificationsMessageStatus>) {
    return this.status.execute(command);
  }

  /** Public provider webhooks forwarded by the gateway: the verified signature is the authorisation. */
  @RpcRoute(notificationsWebhookSendgrid)
  onSendgridWebhook(@RpcPayload(notificationsWebhookSendgrid) command: RpcCommand<typeof notificationsWebhookSendgrid>) {
    return this.deliveryEvents.fromSendgrid(command);
  }

  @RpcRoute(notificationsWebhookVonage)
  onVonageWebhook(@RpcPayload(notificationsWebhookVonage) command: RpcCommand<typeof notificationsWebhookVonage>) {
    return this.deliveryEvents.fromVonage(command);
  }
}
