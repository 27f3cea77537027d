import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, Message, RpcCommand, chatSessionEvent } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { accessToSession } from '../../domain/session-policy';
import { SessionRecords } from '../shared/session-records';
import { Thread } from '../shared/thread';

/** Writes a call's start or end into the thread, on behalf of a participant of the call (sent by media). */
@Injectable()
export class RecordCallEventUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
    private readonly thread: Thread,
  ) {}

  async execute(command: RpcCommand<typeof chatSessionEvent>): Promise<Message> {
    const message = await this.dataSource.transaction(async (manager) => {
      const { session, participants } = await this.records.load(command.sessionId, { manager, lock: 'share' });
      const access = accessToSession(command.actor, session, participants);
      if (session.status === 'open') throw new DomainError(ErrorCode.CONFLICT, 'The session has not started');
      // An admin who is not a participant appears as the owner, as for lifecycle events.
      const author =
        access.participantId ?? participants.find((p) => p.kind === 'staff' && p.userId === session.ownerUserId)?.id;
      if (!author) throw new Error('session without its owner participant');
      const written = await this.thread.append(manager, {
        sessionId: session.id,
        authorParticipantId: author,
        kind: 'event',
        event: { type: command.type, data: { ...command.data } },
      });
      return this.thread.read(written.id, manager);
    });
    await this.thread.announce(command.sessionId, message);
    return message;
  }
}
