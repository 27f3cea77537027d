import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, chatSessionCreate } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { SessionEntity } from '../../infra/entities/session.entity';

/**
 * Invitations asks for a room when an invite is created: the session starts `open`, with its owner in it.
 * A live tele-expertise request's room (`startNow`) is `active` from the start: staff only, nobody to admit.
 */
@Injectable()
export class CreateSessionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(command: RpcCommand<typeof chatSessionCreate>): Promise<RpcResponse<typeof chatSessionCreate>> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(SessionEntity, {
          organisationId: command.organisationId,
          ownerUserId: command.ownerUserId,
          status: command.startNow === true ? 'active' : 'open',
          startedAt: command.startNow === true ? new Date() : null,
          terminatedAt: null,
          purgeAt: null,
        }),
      );
      const owner = await manager.save(
        manager.create(ParticipantEntity, {
          sessionId: session.id,
          kind: 'staff',
          userId: command.ownerUserId,
          inviteId: null,
          role: 'requester',
          displayName: command.ownerDisplayName,
          removedAt: null,
        }),
      );
      return { sessionId: session.id, ownerParticipantId: owner.id };
    });
  }
}
