import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, chatParticipantRemoveByInvite, sessionRoom, userRoom } from '@passerelle/contracts';
import { DataSource, IsNull } from 'typeorm';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { PresenceStore } from '../../infra/presence-store';
import { RealtimePublisher } from '../../infra/realtime-publisher';
import { SessionRecords } from '../shared/session-records';
import { SessionViews } from '../shared/session-views';

/**
 * An invite was revoked: its guest loses access at once (the policy refuses removed participants),
 * leaves the waiting room, and the room is told (`session.updated` no longer lists them, which is the
 * gateway's cue to drop their sockets). The row stays, so the thread keeps its author until the purge.
 */
@Injectable()
export class RemoveParticipantUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
    private readonly views: SessionViews,
    private readonly presence: PresenceStore,
    private readonly realtime: RealtimePublisher,
  ) {}

  async execute(
    command: RpcCommand<typeof chatParticipantRemoveByInvite>,
  ): Promise<RpcResponse<typeof chatParticipantRemoveByInvite>> {
    const { sessionId, inviteId } = command;
    const removed = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.find(ParticipantEntity, {
        where: { sessionId, inviteId, kind: 'guest', removedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (rows.length > 0) await manager.update(ParticipantEntity, rows.map((p) => p.id), { removedAt: new Date() });
      return rows.map((p) => p.id);
    });
    // Idempotent: nothing (left) to remove, or a session already purged.
    if (removed.length === 0) return { removed: 0 };

    const counts = await this.presence.counts(sessionId, removed);
    await this.presence.clear(sessionId, removed);
    const record = await this.records.load(sessionId);
    const rooms = [sessionRoom(sessionId), userRoom(record.session.ownerUserId)];
    for (const participantId of removed) {
      if (counts.get(participantId)) await this.realtime.push(rooms, { type: 'session.guest-left', sessionId, participantId });
    }
    await this.realtime.push(rooms, { type: 'session.updated', session: await this.views.build(record) });
    return { removed: removed.length };
  }
}
