import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, chatParticipantAddStaff } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { SessionRecords } from '../shared/session-records';

/**
 * A staff member of the session's organisation joins it (the expert who took a live tele-expertise
 * request): one participant per user, the same one again if they come back.
 */
@Injectable()
export class AddStaffParticipantUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
  ) {}

  execute(command: RpcCommand<typeof chatParticipantAddStaff>): Promise<RpcResponse<typeof chatParticipantAddStaff>> {
    return this.dataSource.transaction(async (manager) => {
      const { session, participants } = await this.records.load(command.sessionId, { manager, lock: 'update' });
      if (session.organisationId !== command.organisationId) throw new DomainError(ErrorCode.NOT_FOUND, 'Session not found');
      const existing = participants.find((p) => p.kind === 'staff' && p.userId === command.userId && !p.removedAt);
      if (existing) return { participantId: existing.id };
      if (session.status === 'closed') throw new DomainError(ErrorCode.CONFLICT, 'The session is closed');
      const saved = await manager.save(
        manager.create(ParticipantEntity, {
          sessionId: session.id,
          kind: 'staff',
          userId: command.userId,
          inviteId: null,
          role: command.role,
          displayName: command.displayName,
          removedAt: null,
        }),
      );
      return { participantId: saved.id };
    });
  }
}
