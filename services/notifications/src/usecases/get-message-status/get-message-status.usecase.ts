import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, notificationsMessageStatus } from '@passerelle/contracts';
import { In, Repository } from 'typeorm';
import { NotificationEntity } from '../../infra/entities/notification.entity';

type StatusCommand = RpcCommand<typeof notificationsMessageStatus>;
type StatusResult = RpcResponse<typeof notificationsMessageStatus>;

/**
 * Delivery state of messages by id, for the services that queued them (an invite shows "not delivered"
 * with the reason). Ids are unguessable uuids the caller got from send; the answer holds no recipient
 * and no text, only state and the provider's error class.
 */
@Injectable()
export class GetMessageStatusUseCase {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async execute(command: StatusCommand): Promise<StatusResult> {
    const rows = await this.notifications.find({
      where: { id: In([...new Set(command.notificationIds)]) },
      select: { id: true, status: true, attempts: true, lastError: true, providerMessageId: true },
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        status: row.status,
        attempts: row.attempts,
        ...(row.lastError ? { lastError: row.lastError } : {}),
        ...(row.providerMessageId ? { providerMessageId: row.providerMessageId } : {}),
      })),
    };
  }
}
