import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, notificationsSend } from '@passerelle/contracts';
import { FieldCipher } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import { checkSendCommand } from '../../domain/send-rules';
import { NotificationEntity } from '../../infra/entities/notification.entity';
import { DeliveryQueue } from '../../infra/queue/delivery-queue';

type SendCommand = RpcCommand<typeof notificationsSend>;
type SendResult = RpcResponse<typeof notificationsSend>;

/**
 * Records the message and queues its delivery. The idempotency key is unique in the table and derives
 * the job id, so a repeated command (a caller retrying after a timeout) answers with the first
 * notification and queues nothing new.
 */
@Injectable()
export class SendNotificationUseCase {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly cipher: FieldCipher,
    private readonly queue: DeliveryQueue,
  ) {}

  async execute(command: SendCommand): Promise<SendResult> {
    checkSendCommand(command);
    const existing = await this.notifications.findOneBy({ idempotencyKey: command.idempotencyKey });
    if (existing) return this.replay(existing);

    const inserted = await this.notifications
      .createQueryBuilder()
      .insert()
      .values({
        idempotencyKey: command.idempotencyKey,
        channel: command.channel,
        template: command.template,
        language: command.language,
        recipientEncrypted: this.cipher.encrypt(command.to, 'recipient'),
        variablesEncrypted: this.cipher.encrypt(JSON.stringify(command.variables), 'variables'),
        attachmentsEncrypted:
          command.channel === 'email' && command.attachments?.length
            ? this.cipher.encrypt(JSON.stringify(command.attachments), 'attachments')
            : null,
        status: 'queued',
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) {
      // A concurrent identical command won the insert: answer with its row.
      return this.replay(await this.notifications.findOneByOrFail({ idempotencyKey: command.idempotencyKey }));
    }
    await this.queue.enqueue(id, command.idempotencyKey);
    return { notificationId: id, status: 'queued' };
  }

  /**
   * A row still queued may have lost its job (Redis was unreachable when it was first recorded): adding
   * it again is safe, BullMQ ignores a job id it already holds.
   */
  private async replay(existing: NotificationEntity): Promise<SendResult> {
    if (existing.status === 'queued') await this.queue.enqueue(existing.id, existing.idempotencyKey);
    return { notificationId: existing.id, status: existing.status };
  }
}
