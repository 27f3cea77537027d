import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CHAT_FILES_BUCKET, CHAT_REPORTS_BUCKET, sessionPurged } from '@passerelle/contracts';
import { EventBus } from '@passerelle/nest-kit';
import { DataSource } from 'typeorm';
import { purgeEventId } from '../../domain/purge-event-id';
import { DeletionReceiptEntity } from '../../infra/entities/deletion-receipt.entity';
import { FileEntity } from '../../infra/entities/file.entity';
import { MessageEntity } from '../../infra/entities/message.entity';
import { ParticipantEntity } from '../../infra/entities/participant.entity';
import { SessionEntity } from '../../infra/entities/session.entity';
import { ChatObjectStore } from '../../infra/object-store';
import { PresenceStore } from '../../infra/presence-store';

/**
 * The end of a closed session's grace period: everything chat holds of it goes (messages, files and
 * their bytes, reports, participants, presence, the session row), a deletion receipt with counts stays,
 * an audit line is logged (ids and counts only), and `evt.chat.session-purged.v1` tells the other
 * services to delete theirs. Safe to run again after a crash at any step.
 */
@Injectable()
export class PurgeSessionUseCase {
  private readonly logger = new Logger('Purge');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly objects: ChatObjectStore,
    private readonly presence: PresenceStore,
    private readonly events: EventBus,
  ) {}

  async execute(sessionId: string): Promise<void> {
    const manager = this.dataSource.manager;
    const session = await manager.findOneBy(SessionEntity, { id: sessionId });
    if (!session) return this.announceAgain(sessionId);
    if (session.status !== 'closed') {
      this.logger.warn({ sessionId, status: session.status }, 'Refusing to purge a session that is not closed');
      return;
    }

    // Bytes and presence first: if a later step fails, the retry finds the rows and finishes the job.
    const participants = await manager.find(ParticipantEntity, { select: { id: true }, where: { sessionId } });
    const files = await manager.find(FileEntity, { select: { objectName: true }, where: { sessionId } });
    for (const file of files) await this.objects.remove(CHAT_FILES_BUCKET, file.objectName);
    const reports = await this.objects.namesWithPrefix(CHAT_REPORTS_BUCKET, `${sessionId}/`);
    for (const report of reports) await this.objects.remove(CHAT_REPORTS_BUCKET, report);
    await this.presence.clear(
      sessionId,
      participants.map((p) => p.id),
    );

    const counts = await this.dataSource.transaction(async (tx) => {
      await tx.findOne(SessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      const deleted = {
        messages: (await tx.delete(MessageEntity, { sessionId })).affected ?? 0,
        files: (await tx.delete(FileEntity, { sessionId })).affected ?? 0,
        participants: (await tx.delete(ParticipantEntity, { sessionId })).affected ?? 0,
        reports: reports.length,
      };
      await tx.delete(SessionEntity, { id: sessionId });
      await tx.query(
        `INSERT INTO deletion_receipts (session_id, organisation_id, purged_at, counts) VALUES ($1, $2, now(), $3)
         ON CONFLICT (session_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id,
           purged_at = EXCLUDED.purged_at, counts = deletion_receipts.counts || EXCLUDED.counts`,
        [sessionId, session.organisationId, JSON.stringify(deleted)],
      );
      return deleted;
    });

    this.logger.log({ audit: 'chat.session.purged', sessionId, organisationId: session.organisationId, counts }, 'Session purged');
    await this.events.publish(sessionPurged, { sessionId, organisationId: session.organisationId }, purgeEventId(sessionId));
  }

  /** The rows are gone but the event may not have left (crash after the commit): publish it again. */
  private async announceAgain(sessionId: string): Promise<void> {
    const receipt = await this.dataSource.manager.findOneBy(DeletionReceiptEntity, { sessionId });
    if (!receipt?.organisationId) return;
    await this.events.publish(sessionPurged, { sessionId, organisationId: receipt.organisationId }, purgeEventId(sessionId));
  }
}
