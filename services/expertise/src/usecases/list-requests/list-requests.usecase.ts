import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, expertiseRequestList } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { assertRequester } from '../../domain/request-access';
import { RequestEntity } from '../../infra/entities/request.entity';
import { RequestViews } from '../shared/request-views';

/** The requester's dashboard: requests they hold, or that were transferred to or by them; newest first. */
@Injectable()
export class ListRequestsUseCase {
  constructor(
    @InjectRepository(RequestEntity) private readonly requests: Repository<RequestEntity>,
    private readonly views: RequestViews,
  ) {}

  async execute({ actor, query }: RpcCommand<typeof expertiseRequestList>): Promise<RpcResponse<typeof expertiseRequestList>> {
    assertRequester(actor);
    const builder = this.requests
      .createQueryBuilder('r')
      .where('r.organisation_id = :organisationId', { organisationId: actor.organisationId })
      .andWhere(
        `(r.requester_user_id = :userId OR r.id IN (
           SELECT t.request_id FROM expertise.transfers t WHERE t.from_user_id = :userId OR t.to_user_id = :userId))`,
        { userId: actor.userId },
      )
      .orderBy('r.created_at', 'DESC')
      .take(query.limit);
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    return { items: await this.views.summaries(await builder.getMany()) };
  }
}
