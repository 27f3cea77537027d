import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, EXPERTISE_DOCUMENTS_BUCKET, ErrorCode, RpcCommand, RpcResponse, expertiseDocumentGet } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { assertCanRead } from '../../domain/request-access';
import { DocumentEntity } from '../../infra/entities/document.entity';
import { RequestRecords } from '../shared/request-records';

/** Where a request's document is, for whoever may read the request; the gateway streams it. */
@Injectable()
export class GetDocumentUseCase {
  constructor(
    private readonly records: RequestRecords,
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
  ) {}

  async execute({ actor, requestId, documentId }: RpcCommand<typeof expertiseDocumentGet>): Promise<RpcResponse<typeof expertiseDocumentGet>> {
    assertCanRead(actor, (await this.records.load(requestId)).facts);
    const document = await this.documents.findOneBy({ id: documentId, requestId });
    if (!document) throw new DomainError(ErrorCode.NOT_FOUND, 'Document not found');
    return {
      bucket: EXPERTISE_DOCUMENTS_BUCKET,
      objectName: document.objectName,
      fileName: document.name,
      mimeType: document.mimeType,
      size: document.size,
    };
  }
}
