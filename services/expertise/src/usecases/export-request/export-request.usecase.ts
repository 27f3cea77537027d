import { Injectable } from '@nestjs/common';
import { EXPERTISE_EXPORTS_BUCKET, RpcCommand, RpcResponse, expertiseRequestExport } from '@passerelle/contracts';
import { ChromiumPdfRenderer } from '@passerelle/nest-kit';
import { randomUUID } from 'node:crypto';
import { assertCanRead } from '../../domain/request-access';
import { ExpertiseObjectStore } from '../../infra/expertise-object-store';
import { renderRequestExportHtml } from '../../infra/export/request-export-html';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/**
 * The PDF of a request (identity, consent, form, documents, thread, conclusion) for those who may read
 * it. Stored in the exports bucket, which forgets it after REPORT_TTL_SECONDS; the gateway streams it.
 */
@Injectable()
export class ExportRequestUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    private readonly renderer: ChromiumPdfRenderer,
    private readonly objects: ExpertiseObjectStore,
  ) {}

  async execute({ actor, requestId }: RpcCommand<typeof expertiseRequestExport>): Promise<RpcResponse<typeof expertiseRequestExport>> {
    const { request, facts } = await this.records.load(requestId);
    assertCanRead(actor, facts);
    const pdf = await this.renderer.render(renderRequestExportHtml(await this.views.detail(actor, request)));
    const objectName = `${request.id}/${randomUUID()}.pdf`;
    await this.objects.write(EXPERTISE_EXPORTS_BUCKET, objectName, pdf);
    const day = (request.sentAt ?? request.createdAt).toISOString().slice(0, 10);
    return {
      bucket: EXPERTISE_EXPORTS_BUCKET,
      objectName,
      fileName: `tele-expertise-${day}.pdf`,
      mimeType: 'application/pdf',
      size: pdf.length,
    };
  }
}
