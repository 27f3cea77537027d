import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Message, sessionRoom } from '@passerelle/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MessageEntity } from '../../infra/entities/message.entity';
import { RealtimePublisher } from '../../infra/realtime-publisher';

export interface NewMessage {
  sessionId: string;
  authorParticipantId: string;
  kind: Message['kind'];
  text?: string | null;
  fileId?: string | null;
  event?: Message['event'];
  clientMessageId?: string | null;
}

/** Writes lines into a session's thread, reads them back as the contract's messages, and announces them. */
@Injectable()
export class Thread {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimePublisher,
  ) {}

  /**
   * Appends a message; a retry with the same client message id returns the stored one instead
   * (`created: false`), so a network cut never posts twice.
   */
  async append(manager: EntityManager, message: NewMessage): Promise<{ id: string; created: boolean }> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO messages (session_id, author_participant_id, kind, text, file_id, event, client_message_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (session_id, author_participant_id, client_message_id) DO NOTHING
       RETURNING id`,
      [
        message.sessionId,
        message.authorParticipantId,
        message.kind,
        message.text ?? null,
        message.fileId ?? null,
        message.event ? JSON.stringify(message.event) : null,
        message.clientMessageId ?? null,
      ],
    );
    if (inserted[0]) return { id: inserted[0].id, created: true };
    const existing = await manager.findOneOrFail(MessageEntity, {
      where: {
        sessionId: message.sessionId,
        authorParticipantId: message.authorParticipantId,
        clientMessageId: message.clientMessageId!,
      },
    });
    return { id: existing.id, created: false };
  }

  async read(messageId: string, manager: EntityManager = this.dataSource.manager): Promise<Message> {
    const row = await manager.findOneOrFail(MessageEntity, {
      where: { id: messageId },
      relations: { author: true, file: true },
    });
    return toMessage(row);
  }

  async announce(sessionId: string, message: Message): Promise<void> {
    await this.realtime.push([sessionRoom(sessionId)], { type: 'message.posted', sessionId, message });
  }
}

/** Needs the row loaded with its `author` and `file` relations. */
export function toMessage(row: MessageEntity): Message {
  if (!row.author) throw new Error('message loaded without its author');
  return {
    id: row.id,
    cursor: String(row.seq),
    author: { participantId: row.author.id, displayName: row.author.displayName, role: row.author.role },
    kind: row.kind,
    text: row.text,
    file: row.file ? { id: row.file.id, name: row.file.name, mimeType: row.file.mimeType, size: row.file.size } : null,
    event: row.event ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
