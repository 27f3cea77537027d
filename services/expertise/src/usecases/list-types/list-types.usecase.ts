import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, expertiseTypeList } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { assertAdmin } from '../../domain/request-access';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';
import { toExpertiseType } from '../shared/catalog-views';

/** The organisation's expertise types, by name; inactive ones only for administrators. */
@Injectable()
export class ListTypesUseCase {
  constructor(@InjectRepository(ExpertiseTypeEntity) private readonly types: Repository<ExpertiseTypeEntity>) {}

  async execute({ actor, query }: RpcCommand<typeof expertiseTypeList>): Promise<RpcResponse<typeof expertiseTypeList>> {
    if (query.includeInactive) assertAdmin(actor);
    const rows = await this.types.find({
      where: { organisationId: actor.organisationId, ...(query.includeInactive ? {} : { active: true }) },
      order: { name: 'ASC' },
    });
    return { items: rows.map(toExpertiseType) };
  }
}
