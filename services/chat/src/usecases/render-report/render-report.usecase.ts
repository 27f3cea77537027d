import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CHAT_REPORTS_BUCKET, RpcCommand, RpcResponse, chatReportRender } from '@passerelle/contracts';
import { ChromiumPdfRenderer } from '@passerelle/nest-kit';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { accessToSession, assertStaff } from '../../domain/session-policy';
import { MessageEntity } from '../../infra/entities/message.entity';
import { ChatObjectStore } from '../../infra/object-store';
import { renderReportHtml } from '../../infra/report/report-html';
import { SessionRecords } from '../shared/session-records';
import { toMessage } from '../shared/thread';

/**
 * The session report (start, participants as entered, transcript with attachment names) for the staff
 * of the session, until the purge. Stored in the reports bucket, which forgets it after a short TTL;
 * the gateway streams it to the browser.
 */
@Injectable()
export class RenderReportUseCase {
  constructor(
    private readonly records: SessionRecords,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    private readonly renderer: ChromiumPdfRenderer,
    private readonly objects: ChatObjectStore,
  ) {}

  async execute(command: RpcCommand<typeof chatReportRender>): Promise<RpcResponse<typeof chatReportRender>> {
    const { session, participants } = await this.records.load(command.sessionId);
    assertStaff(accessToSession(command.actor, session, participants));
    const rows = await this.messages.find({
      where: { sessionId: session.id },
      relations: { author: true, file: true },
      order: { seq: 'ASC' },
    });
    const html = renderReportHtml({
      sessionId: session.id,
      status: session.status,
      createdAt: session.createdAt,
      startedAt: session.startedAt,
      terminatedAt: session.terminatedAt,
      participants,
      messages: rows.map(toMessage),
    });
    const pdf = await this.renderer.render(html);
    const objectName = `${session.id}/${randomUUID()}.pdf`;
    await this.objects.write(CHAT_REPORTS_BUCKET, objectName, pdf);
    const day = (session.startedAt ?? session.createdAt).toISOString().slice(0, 10);
    return { bucket: CHAT_REPORTS_BUCKET, objectName, size: pdf.length, fileName: `teleconsultation-report-${day}.pdf` };
  }
}
