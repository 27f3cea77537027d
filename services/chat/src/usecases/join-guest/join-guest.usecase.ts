import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, chatParticipantJoinGuest } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { SessionRecords } from '../shared/session-records';

/**
 * A guest redeemed an invite. One participant per invite: opening the link again (another device, a
 * reload) is the same participant. A revoked invite's participant stays out, and nobody new enters a
 * closed session.
 */
@Injectable()
export class JoinGuestUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
  ) {}

  execute(command: RpcCommand<typeof chatParticipantJoinGuest>): Promise<RpcResponse<typeof chatParticipantJoinGuest>> {
    return this.dataSource.transaction(async (manager) => {
      const { session, participants } = await this.records.load(command.sessionId, { manager, lock: 'share' });
      let participant = participants.find((p) => p.inviteId === command.inviteId);
      if (!participant) {
        if (session.status === 'closed') throw new DomainError(ErrorCode.CONFLICT, 'The session is closed');
        await manager
          .createQueryBuilder()
          .insert()
          .into(ParticipantEntity)
          .values({
            sessionId: session.id,
            kind: 'guest',
            userId: null,
            inviteId: command.inviteId,
            role: command.role,
            displayName: command.displayName,
            removedAt: null,
          })
          .orIgnore()
          .execute();
        participant = await manager.findOneByOrFail(ParticipantEntity, { sessionId: session.id, inviteId: command.inviteId });
      }
      if (participant.removedAt) throw new DomainError(ErrorCode.FORBIDDEN, 'This invitation has been revoked');
      return { participantId: participant.id, sessionStatus: session.status };
    });
  }
}
