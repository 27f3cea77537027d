import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, StaffActor, expertiseQueueRequests } from '@passerelle/contracts';
import { In, Repository } from 'typeorm';
import { assertExpert } from '../../domain/request-access';
import { DestinationServiceEntity } from '../../infra/entities/destination-service.entity';
import { QueueMemberEntity } from '../../infra/entities/queue-member.entity';
import { RequestEntity } from '../../infra/entities/request.entity';
import { RequestViews } from '../shared/request-views';

/** An expert of the queue sees its requests: by default what is open (sent, taken, answered), oldest sent first. */
@Injectable()
export class QueueRequestsUseCase {
  constructor(
    @InjectRepository(QueueMemberEntity) private readonly members: Repository<QueueMemberEntity>,
    @InjectRepository(DestinationServiceEntity) private readonly services: Repository<DestinationServiceEntity>,
    @InjectRepository(RequestEntity) private readonly requests: Repository<RequestEntity>,
    private readonly views: RequestViews,
  ) {}

  async execute({ actor, queueId, query }: RpcCommand<typeof expertiseQueueRequests>): Promise<RpcResponse<typeof expertiseQueueRequests>> {
    await this.assertMember(actor, queueId);
    const rows = await this.requests.find({
      where: { serviceId: queueId, status: query.status ? query.status : In(['sent', 'taken', 'answered']) },
      order: { sentAt: 'ASC' },
      take: query.limit,
    });
    return { items: await this.views.summaries(rows) };
  }

  /** Only experts of the queue, in its organisation; anyone else: NOT_FOUND. */
  async assertMember(actor: StaffActor, queueId: string): Promise<void> {
    assertExpert(actor);
    const [member, service] = await Promise.all([
      this.members.existsBy({ serviceId: queueId, userId: actor.userId }),
      this.services.existsBy({ id: queueId, organisationId: actor.organisationId }),
    ]);
    if (!member || !service) throw new DomainError(ErrorCode.NOT_FOUND, 'Queue not found');
  }
}
