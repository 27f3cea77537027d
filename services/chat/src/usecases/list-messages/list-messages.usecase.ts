import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, chatMessageList } from '@passerelle/contracts';
import { MoreThan, Repository } from 'typeorm';
import { accessToSession } from '../../domain/session-policy';
import { MessageEntity } from '../../infra/entities/message.entity';
import { SessionRecords } from '../shared/session-records';
import { toMessage } from '../shared/thread';

/**
 * The thread in order, after a cursor (exclusive): a client that reconnects asks for what came after
 * the last message it has, and gets each message once.
 */
@Injectable()
export class ListMessagesUseCase {
  constructor(
    private readonly records: SessionRecords,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
  ) {}

  async execute(command: RpcCommand<typeof chatMessageList>): Promise<RpcResponse<typeof chatMessageList>> {
    const { session, participants } = await this.records.load(command.sessionId);
    accessToSession(command.actor, session, participants);
    const rows = await this.messages.find({
      where: { sessionId: session.id, ...(command.after ? { seq: MoreThan(command.after) } : {}) },
      relations: { author: true, file: true },
      order: { seq: 'ASC' },
      take: command.limit,
    });
    const items = rows.map(toMessage);
    return { items, cursor: items.at(-1)?.cursor ?? command.after ?? null };
  }
}
