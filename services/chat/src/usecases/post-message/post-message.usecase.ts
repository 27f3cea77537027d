import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Message, RpcCommand, chatMessagePost } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { accessToSession, participantOf } from '../../domain/session-policy';
import { assertAcceptsMessages } from '../../domain/session-status';
import { SessionRecords } from '../shared/session-records';
import { Thread } from '../shared/thread';

/** A participant writes in an active or kept-open session; a retried post is stored once. */
@Injectable()
export class PostMessageUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
    private readonly thread: Thread,
  ) {}

  async execute(command: RpcCommand<typeof chatMessagePost>): Promise<Message> {
    const { written, message } = await this.dataSource.transaction(async (manager) => {
      // A shared lock: a close waits for posts in flight, and no post lands after it.
      const { session, participants } = await this.records.load(command.sessionId, { manager, lock: 'share' });
      const author = participantOf(accessToSession(command.actor, session, participants));
      assertAcceptsMessages(session.status);
      const written = await this.thread.append(manager, {
        sessionId: session.id,
        authorParticipantId: author,
        kind: 'text',
        text: command.text,
        clientMessageId: command.clientMessageId ?? null,
      });
      return { written, message: await this.thread.read(written.id, manager) };
    });
    if (written.created) await this.thread.announce(command.sessionId, message);
    return message;
  }
}
