import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode } from '@passerelle/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { SessionEntity } from '../../infra/entities/session.entity';

export interface SessionRecord {
  session: SessionEntity;
  participants: ParticipantEntity[];
}

/**
 * Loads a session with its participants, or NOT_FOUND (also after the purge). Inside a transaction
 * the row can be locked: `update` for status changes, `share` for writes that must not race a close.
 */
@Injectable()
export class SessionRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(sessionId: string, options: { manager?: EntityManager; lock?: 'update' | 'share' } = {}): Promise<SessionRecord> {
    const manager = options.manager ?? this.dataSource.manager;
    const session = await manager.findOne(SessionEntity, {
      where: { id: sessionId },
      ...(options.lock ? { lock: { mode: options.lock === 'update' ? 'pessimistic_write' : 'pessimistic_read' } } : {}),
    });
    if (!session) throw new DomainError(ErrorCode.NOT_FOUND, 'Session not found');
    const participants = await manager.find(ParticipantEntity, { where: { sessionId }, order: { createdAt: 'ASC' } });
    return { session, participants };
  }
}
