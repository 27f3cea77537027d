import { Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  EXPERTISE_DOCUMENTS_BUCKET,
  EXPERTISE_UPLOADS_BUCKET,
  ErrorCode,
  RequestDocument,
  RpcCommand,
  expertiseDocumentAttach,
} from '@passerelle/contracts';
import { InjectConfig, cleanFileName, detectAllowedType, refuseUpload, safeErrorFields, sizeProblem } from '@passerelle/nest-kit';
import { createHash, randomUUID } from 'node:crypto';
import { ExpertiseConfig } from '../../config';
import { assertMayAttach } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { DocumentEntity } from '../../infra/entities/document.entity';
import { ExpertiseObjectStore } from '../../infra/expertise-object-store';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { toDocument } from '../shared/request-views';

/**
 * The gateway stored an upload; expertise decides whether it joins the request: its holder or the expert
 * who took it, a request not closed, a non-empty file under UPLOAD_MAX_BYTES whose first bytes are JPEG,
 * PNG or PDF. The upload is deleted either way.
 */
@Injectable()
export class AttachDocumentUseCase {
  private readonly logger = new Logger('AttachDocument');

  constructor(
    private readonly records: RequestRecords,
    private readonly objects: ExpertiseObjectStore,
    private readonly changes: RequestChanges,
    @InjectConfig() private readonly config: ExpertiseConfig,
  ) {}

  async execute(command: RpcCommand<typeof expertiseDocumentAttach>): Promise<RequestDocument> {
    try {
      return await this.attach(command);
    } finally {
      await this.objects.remove(EXPERTISE_UPLOADS_BUCKET, command.uploadObject).catch((error: unknown) => {
        this.logger.warn({ err: safeErrorFields(error) }, 'Could not delete an upload');
      });
    }
  }

  private async attach({ actor, requestId, uploadObject, fileName }: RpcCommand<typeof expertiseDocumentAttach>) {
    const { request, facts } = await this.records.load(requestId);
    assertMayAttach(actor, facts);
    nextStatus('attach', request.status);

    const info = await this.objects.info(EXPERTISE_UPLOADS_BUCKET, uploadObject);
    if (!info) throw new DomainError(ErrorCode.NOT_FOUND, 'The upload was not found');
    const declared = sizeProblem(info.size, this.config.UPLOAD_MAX_BYTES);
    if (declared) throw refuseUpload(declared);
    const bytes = (await this.objects.read(EXPERTISE_UPLOADS_BUCKET, uploadObject)) ?? new Uint8Array();
    const actual = sizeProblem(bytes.length, this.config.UPLOAD_MAX_BYTES);
    if (actual) throw refuseUpload(actual);
    const mimeType = detectAllowedType(bytes);
    if (!mimeType) throw refuseUpload('type_not_allowed');

    const documentId = randomUUID();
    const objectName = `${requestId}/${documentId}`;
    await this.objects.write(EXPERTISE_DOCUMENTS_BUCKET, objectName, bytes);
    try {
      const { document, entryId, locked } = await this.records.locked(requestId, async ({ request: locked, facts: lockedFacts }, manager) => {
        // Re-checked under the lock: a close or transfer that happened meanwhile wins.
        const relation = assertMayAttach(actor, lockedFacts);
        nextStatus('attach', locked.status);
        const document = await manager.save(
          manager.create(DocumentEntity, {
            id: documentId,
            requestId,
            name: cleanFileName(fileName),
            mimeType,
            size: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            objectName,
            uploadedByUserId: actor.userId,
          }),
        );
        const expert = relation === 'taker';
        const entry = await this.records.appendEntry(manager, {
          requestId,
          kind: 'document',
          authorUserId: actor.userId,
          authorName: (expert ? locked.takenByName : locked.requesterName) ?? '',
          authorRole: expert ? 'expert' : 'requester',
          documentId,
        });
        locked.lastActivityAt = new Date();
        await manager.save(locked);
        return { document, entryId: entry.id, locked };
      });
      if (locked.status !== 'draft') await this.changes.published(locked, 'document', actor.userId, { entryId });
      return toDocument(document);
    } catch (error) {
      await this.objects.remove(EXPERTISE_DOCUMENTS_BUCKET, objectName).catch(() => undefined);
      throw error;
    }
  }
}
