import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DestinationServiceAdmin, RpcCommand, RpcResponse, StaffActor, expertiseServiceList } from '@passerelle/contracts';
import { In, Repository } from 'typeorm';
import { assertAdmin } from '../../domain/request-access';
import { DestinationServiceEntity } from '../../infra/entities/destination-service.entity';
import { QueueMemberEntity } from '../../infra/entities/queue-member.entity';
import { toDestinationService, toDestinationServiceAdmin } from '../shared/catalog-views';

/** Destination services of the organisation, filtered by type, establishment and specialty. */
@Injectable()
export class ListServicesUseCase {
  constructor(
    @InjectRepository(DestinationServiceEntity) private readonly services: Repository<DestinationServiceEntity>,
    @InjectRepository(QueueMemberEntity) private readonly members: Repository<QueueMemberEntity>,
  ) {}

  async execute({ actor, query }: RpcCommand<typeof expertiseServiceList>): Promise<RpcResponse<typeof expertiseServiceList>> {
    if (query.includeInactive) assertAdmin(actor);
    const builder = this.services
      .createQueryBuilder('s')
      .where('s.organisation_id = :organisationId', { organisationId: actor.organisationId })
      .orderBy('s.establishment', 'ASC')
      .addOrderBy('s.name', 'ASC');
    if (!query.includeInactive) builder.andWhere('s.active');
    if (query.typeId) builder.andWhere(':typeId = ANY(s.expertise_type_ids)', { typeId: query.typeId });
    if (query.establishment) builder.andWhere('s.establishment = :establishment', { establishment: query.establishment });
    if (query.specialty) builder.andWhere('s.specialty = :specialty', { specialty: query.specialty });
    return { items: (await builder.getMany()).map(toDestinationService) };
  }

  /** Administrators: every service with its experts. */
  async forAdmin(actor: StaffActor): Promise<{ items: DestinationServiceAdmin[] }> {
    assertAdmin(actor);
    const rows = await this.services.find({ where: { organisationId: actor.organisationId }, order: { establishment: 'ASC', name: 'ASC' } });
    const members = await this.members.findBy({ serviceId: In(rows.map((row) => row.id)) });
    const expertsOf = (serviceId: string) => members.filter((m) => m.serviceId === serviceId).map((m) => m.userId);
    return { items: rows.map((row) => toDestinationServiceAdmin(row, expertsOf(row.id))) };
  }
}
