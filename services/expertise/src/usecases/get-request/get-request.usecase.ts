import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RequestDetail, RpcCommand, expertiseRequestGet } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { assertCanRead } from '../../domain/request-access';
import { RequestEntity } from '../../infra/entities/request.entity';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/** The whole request for those who may read it; its holder opening it marks what the experts wrote as read. */
@Injectable()
export class GetRequestUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    @InjectRepository(RequestEntity) private readonly requests: Repository<RequestEntity>,
  ) {}

  async execute({ actor, requestId }: RpcCommand<typeof expertiseRequestGet>): Promise<RequestDetail> {
    const { request, facts } = await this.records.load(requestId);
    const relation = assertCanRead(actor, facts);
    if (relation === 'holder') {
      request.requesterReadAt = new Date();
      await this.requests.update({ id: request.id }, { requesterReadAt: request.requesterReadAt });
    }
    return this.views.detail(actor, request);
  }
}
