import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RequestDetail,
  RequestDocument,
  RequestSummary,
  StaffActor,
  ThreadEntry,
  identityPatientGet,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { DataSource, In } from 'typeorm';
import { DestinationServiceEntity } from '../../infra/entities/destination-service.entity';
import { DocumentEntity } from '../../infra/entities/document.entity';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';
import { RequestEntity } from '../../infra/entities/request.entity';
import { ThreadEntryEntity } from '../../infra/entities/thread-entry.entity';
import { TransferEntity } from '../../infra/entities/transfer.entity';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toDocument(entity: DocumentEntity): RequestDocument {
  return {
    id: entity.id,
    name: entity.name,
    mimeType: entity.mimeType,
    size: entity.size,
    uploadedByUserId: entity.uploadedByUserId,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toThreadEntry(entity: ThreadEntryEntity): ThreadEntry {
  return {
    id: entity.id,
    seq: Number(entity.seq),
    kind: entity.kind,
    authorUserId: entity.authorUserId,
    authorName: entity.authorName,
    authorRole: entity.authorRole,
    text: entity.text,
    documentId: entity.documentId,
    createdAt: entity.createdAt.toISOString(),
  };
}

/** Requests as their readers see them: summaries carry no patient data; the detail asks identity for it. */
@Injectable()
export class RequestViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rpc: RpcClient,
  ) {}

  async summaries(requests: RequestEntity[]): Promise<RequestSummary[]> {
    if (requests.length === 0) return [];
    const manager = this.dataSource.manager;
    const [types, services] = await Promise.all([
      manager.findBy(ExpertiseTypeEntity, { id: In([...new Set(requests.map((r) => r.typeId))]) }),
      manager.findBy(DestinationServiceEntity, { id: In([...new Set(requests.map((r) => r.serviceId))]) }),
    ]);
    const typeNames = new Map(types.map((t) => [t.id, t.name]));
    const serviceNames = new Map(services.map((s) => [s.id, s.name]));
    return requests.map((request) => this.summaryOf(request, typeNames.get(request.typeId) ?? '', serviceNames.get(request.serviceId) ?? ''));
  }

  /** The whole request. Reading the identity goes through identity, which checks the organisation and audits it. */
  async detail(actor: StaffActor, request: RequestEntity): Promise<RequestDetail> {
    const manager = this.dataSource.manager;
    const [[summary], patient, documents, thread, transfers] = await Promise.all([
      this.summaries([request]),
      this.rpc.request(identityPatientGet, { actor, patientId: request.patientId }),
      manager.find(DocumentEntity, { where: { requestId: request.id }, order: { createdAt: 'ASC' } }),
      manager.find(ThreadEntryEntity, { where: { requestId: request.id }, order: { seq: 'ASC' } }),
      manager.find(TransferEntity, { where: { requestId: request.id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ...summary!,
      patient,
      formDefinition: request.formDefinition,
      form: request.form,
      conclusion: request.conclusion,
      consent: {
        givenBy: request.consentGivenBy,
        recordedAt: request.consentRecordedAt.toISOString(),
        recordedByUserId: request.createdByUserId,
      },
      documents: documents.map(toDocument),
      thread: thread.map(toThreadEntry),
      transfers: transfers.map((t) => ({
        id: t.id,
        fromUserId: t.fromUserId,
        fromName: t.fromName,
        toUserId: t.toUserId,
        toName: t.toName,
        note: t.note,
        createdAt: t.createdAt.toISOString(),
      })),
    };
  }

  private summaryOf(request: RequestEntity, typeName: string, queueName: string): RequestSummary {
    const unread =
      request.lastExpertEntryAt !== null && (request.requesterReadAt === null || request.lastExpertEntryAt > request.requesterReadAt);
    return {
      id: request.id,
      status: request.status,
      mode: request.mode,
      typeId: request.typeId,
      typeName,
      queueId: request.serviceId,
      queueName,
      requesterUserId: request.requesterUserId,
      requesterName: request.requesterName,
      takenByUserId: request.takenByUserId,
      takenByName: request.takenByName,
      language: request.language,
      createdAt: request.createdAt.toISOString(),
      sentAt: iso(request.sentAt),
      takenAt: iso(request.takenAt),
      firstAnsweredAt: iso(request.firstAnsweredAt),
      closedAt: iso(request.closedAt),
      lastActivityAt: request.lastActivityAt.toISOString(),
      unread,
      sessionId: request.sessionId,
    };
  }
}
