import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, chatSessionSummaries } from '@passerelle/contracts';
import { In, Repository } from 'typeorm';
import { accessToSession } from '../../domain/session-policy';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { SessionEntity } from '../../infra/entities/session.entity';
import { SessionViews } from '../shared/session-views';

/**
 * Status and waiting flag of many sessions for the invites list. Staff only; sessions the actor may not
 * see, unknown ones and purged ones are simply left out.
 */
@Injectable()
export class SessionSummariesUseCase {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(ParticipantEntity) private readonly participants: Repository<ParticipantEntity>,
    private readonly views: SessionViews,
  ) {}

  async execute(command: RpcCommand<typeof chatSessionSummaries>): Promise<RpcResponse<typeof chatSessionSummaries>> {
    if (command.actor.kind !== 'staff') throw new DomainError(ErrorCode.FORBIDDEN, 'Only staff can do this');
    const ids = [...new Set(command.sessionIds)];
    if (ids.length === 0) return { items: [] };
    const [sessions, participants] = await Promise.all([
      this.sessions.find({ where: { id: In(ids) } }),
      this.participants.find({ where: { sessionId: In(ids) } }),
    ]);
    const items = [];
    for (const session of sessions) {
      const own = participants.filter((p) => p.sessionId === session.id);
      try {
        accessToSession(command.actor, session, own);
      } catch {
        continue;
      }
      const view = await this.views.build({ session, participants: own });
      const { id, status, waiting, startedAt, terminatedAt, purgeAt } = view;
      items.push({ id, status, waiting, startedAt, terminatedAt, purgeAt });
    }
    return { items };
  }
}
