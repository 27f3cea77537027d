import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcResponse, identityEstablishmentList } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { OrganisationEntity } from '../../infra/entities/organisation.entity';

/** The establishments a person can register with: names only, for the public registration form. */
@Injectable()
export class ListEstablishmentsUseCase {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async execute(): Promise<RpcResponse<typeof identityEstablishmentList>> {
    const rows = await this.organisations.find({ order: { name: 'ASC' }, take: 500 });
    return { items: rows.map(({ id, name }) => ({ id, name })) };
  }
}
