import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, SessionView, sessionRoom, userRoom } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { accessToSession, assertManager } from '../../domain/session-policy';
import { SessionAction, THREAD_EVENT_OF_ACTION, nextStatus } from '../../domain/session-status';
import { SessionEntity } from '../../infra/entities/session.entity';
import { PresenceStore } from '../../infra/presence-store';
import { RealtimePublisher } from '../../infra/realtime-publisher';
import { SessionRecords } from './session-records';
import { SessionViews } from './session-views';
import { Thread } from './thread';

/**
 * Applies one lifecycle action (start, keep open, close) under a row lock, following the status table,
 * writes the matching event into the thread, then tells the session room and the owner.
 */
@Injectable()
export class SessionLifecycle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
    private readonly views: SessionViews,
    private readonly presence: PresenceStore,
    private readonly thread: Thread,
    private readonly realtime: RealtimePublisher,
  ) {}

  async apply(actor: Actor, sessionId: string, action: SessionAction, purgeAfterSeconds: number): Promise<SessionView> {
    const written = await this.dataSource.transaction(async (manager) => {
      const { session, participants } = await this.records.load(sessionId, { manager, lock: 'update' });
      const access = accessToSession(actor, session, participants);
      assertManager(access);
      const guests = participants.filter((p) => p.kind === 'guest' && !p.removedAt).map((p) => p.id);
      const counts = await this.presence.counts(sessionId, guests);
      const status = nextStatus(session.status, action, { guestPresent: [...counts.values()].some((n) => n > 0) });

      const now = new Date();
      const changes: Partial<SessionEntity> = { status };
      if (action === 'start') changes.startedAt = session.startedAt ?? now;
      if (action !== 'start') changes.terminatedAt = now;
      if (action === 'close') changes.purgeAt = new Date(now.getTime() + purgeAfterSeconds * 1000);
      await manager.update(SessionEntity, { id: sessionId }, changes);

      // An admin who is not a participant acts on the owner's behalf in the thread.
      const author =
        access.participantId ?? participants.find((p) => p.kind === 'staff' && p.userId === session.ownerUserId)?.id;
      if (!author) throw new Error('session without its owner participant');
      const event = { type: THREAD_EVENT_OF_ACTION[action], data: { status } };
      return this.thread.append(manager, { sessionId, authorParticipantId: author, kind: 'event', event });
    });

    const record = await this.records.load(sessionId);
    const view = await this.views.build(record);
    await this.realtime.push([sessionRoom(sessionId), userRoom(view.ownerUserId)], { type: 'session.updated', session: view });
    await this.thread.announce(sessionId, await this.thread.read(written.id));
    return view;
  }
}
