import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode } from '@passerelle/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { RequestAccessFacts } from '../../domain/request-access';
import { QueueMemberEntity } from '../../infra/entities/queue-member.entity';
import { RequestEntity } from '../../infra/entities/request.entity';
import { ThreadEntryEntity, ThreadEntryKind } from '../../infra/entities/thread-entry.entity';
import { TransferEntity } from '../../infra/entities/transfer.entity';

export interface LoadedRequest {
  request: RequestEntity;
  facts: RequestAccessFacts;
}

export interface NewEntry {
  requestId: string;
  kind: ThreadEntryKind;
  authorUserId: string;
  authorName: string;
  authorRole: 'requester' | 'expert';
  text?: string | null;
  documentId?: string | null;
}

/** Loads a request with what decides access to it, optionally locked for the transaction that changes it. */
@Injectable()
export class RequestRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(requestId: string, options: { manager?: EntityManager; lock?: boolean } = {}): Promise<LoadedRequest> {
    const manager = options.manager ?? this.dataSource.manager;
    const query = manager.getRepository(RequestEntity).createQueryBuilder('r').where('r.id = :requestId', { requestId });
    if (options.lock) query.setLock('pessimistic_write');
    const request = await query.getOne();
    if (!request) throw new DomainError(ErrorCode.NOT_FOUND, 'Request not found');
    const [members, transfers] = await Promise.all([
      manager.getRepository(QueueMemberEntity).find({ where: { serviceId: request.serviceId }, select: { userId: true } }),
      manager.getRepository(TransferEntity).find({ where: { requestId }, select: { fromUserId: true, toUserId: true } }),
    ]);
    return {
      request,
      facts: {
        organisationId: request.organisationId,
        status: request.status,
        requesterUserId: request.requesterUserId,
        takenByUserId: request.takenByUserId,
        transferUserIds: transfers.flatMap((t) => [t.fromUserId, t.toUserId]),
        queueExpertIds: members.map((m) => m.userId),
      },
    };
  }

  /** Runs `work` on the request locked (`SELECT … FOR UPDATE`): concurrent changes queue up behind it. */
  locked<T>(requestId: string, work: (loaded: LoadedRequest, manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => work(await this.load(requestId, { manager, lock: true }), manager));
  }

  async appendEntry(manager: EntityManager, entry: NewEntry): Promise<ThreadEntryEntity> {
    const repository = manager.getRepository(ThreadEntryEntity);
    return repository.save(repository.create({ text: null, documentId: null, ...entry }));
  }
}
