import { Injectable } from '@nestjs/common';
import { Actor, DomainError, ErrorCode, RpcCommand, RpcResponse, chatPresenceUpdate, sessionRoom, userRoom } from '@passerelle/contracts';
import { accessToSession } from '../../domain/session-policy';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { PresenceStore } from '../../infra/presence-store';
import { RealtimePublisher } from '../../infra/realtime-publisher';
import { SessionRecord, SessionRecords } from '../shared/session-records';

type PresenceAnswer = RpcResponse<typeof chatPresenceUpdate>;

/**
 * A socket joined or left a session room. A guest's first connection to an open session rings the
 * requester (`session.guest-waiting`); their last one leaving says they left the waiting room. An
 * organisation admin watching a session they are not part of is let in but not counted.
 */
@Injectable()
export class UpdatePresenceUseCase {
  constructor(
    private readonly records: SessionRecords,
    private readonly presence: PresenceStore,
    private readonly realtime: RealtimePublisher,
  ) {}

  async execute(command: RpcCommand<typeof chatPresenceUpdate>): Promise<PresenceAnswer> {
    const record = await this.records.load(command.sessionId);
    return command.present ? this.connect(command, record) : this.disconnect(command, record);
  }

  private async connect(command: RpcCommand<typeof chatPresenceUpdate>, record: SessionRecord): Promise<PresenceAnswer> {
    const { session, participants } = record;
    const access = accessToSession(command.actor, session, participants);
    if (!access.participantId) return { participantId: null, present: false };
    const participant = participants.find((p) => p.id === access.participantId)!;
    const { first } = await this.presence.connect(session.id, participant.id, command.connectionId);
    if (first && participant.kind === 'guest' && session.status === 'open') {
      await this.realtime.push([sessionRoom(session.id), userRoom(session.ownerUserId)], {
        type: 'session.guest-waiting',
        sessionId: session.id,
        participantId: participant.id,
        displayName: participant.displayName,
      });
    }
    return { participantId: participant.id, present: true };
  }

  /** Leaving grants nothing, so it only needs to know whose connection it was (even if revoked since). */
  private async disconnect(command: RpcCommand<typeof chatPresenceUpdate>, record: SessionRecord): Promise<PresenceAnswer> {
    const { session } = record;
    const participant = ownParticipant(command.actor, record);
    if (!participant) {
      // A watching admin was never counted; anyone else has no business here.
      accessToSession(command.actor, session, record.participants);
      return { participantId: null, present: false };
    }
    const { last, count } = await this.presence.disconnect(session.id, participant.id, command.connectionId);
    if (last && participant.kind === 'guest') {
      await this.realtime.push([sessionRoom(session.id), userRoom(session.ownerUserId)], {
        type: 'session.guest-left',
        sessionId: session.id,
        participantId: participant.id,
      });
    }
    return { participantId: participant.id, present: count > 0 };
  }
}

function ownParticipant(actor: Actor, { session, participants }: SessionRecord): ParticipantEntity | undefined {
  if (actor.kind === 'guest') {
    const own = participants.find((p) => p.id === actor.participantId && actor.sessionId === session.id);
    if (!own || own.inviteId !== actor.inviteId) throw new DomainError(ErrorCode.FORBIDDEN, 'You do not have access to this session');
    return own;
  }
  return participants.find((p) => p.kind === 'staff' && p.userId === actor.userId && actor.organisationId === session.organisationId);
}
