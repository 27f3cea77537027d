import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OutboxMessage, RpcCommand, notificationsOutboxList } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { OutboxMessageEntity } from '../../infra/entities/outbox-message.entity';

/** The development outbox, newest first (the gateway serves it only when DEV_OUTBOX=true). */
@Injectable()
export class ListOutboxUseCase {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  async execute(command: RpcCommand<typeof notificationsOutboxList>): Promise<{ items: OutboxMessage[] }> {
    const rows = await this.messages.find({ order: { createdAt: 'DESC', id: 'DESC' }, take: command.limit });
    return {
      items: rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        to: row.to,
        ...(row.subject !== null ? { subject: row.subject } : {}),
        text: row.text,
        ...(row.html !== null ? { html: row.html } : {}),
        links: row.links,
        attachments: row.attachments,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }
}
