import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DestinationServiceAdmin, DestinationServiceBody, DomainError, ErrorCode, StaffActor } from '@passerelle/contracts';
import { DataSource, In } from 'typeorm';
import { assertAdmin } from '../../domain/request-access';
import { DestinationServiceEntity } from '../../infra/entities/destination-service.entity';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';
import { QueueMemberEntity } from '../../infra/entities/queue-member.entity';
import { People } from '../shared/people';
import { toDestinationServiceAdmin } from '../shared/catalog-views';

/**
 * Creates or replaces a destination service and its experts (administrators). Its types must be the
 * organisation's; its experts must be staff of the organisation with the expert role (asked of identity).
 */
@Injectable()
export class SaveServiceUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: People,
  ) {}

  async execute(command: { actor: StaffActor; serviceId?: string; body: DestinationServiceBody }): Promise<DestinationServiceAdmin> {
    const { actor, body } = command;
    assertAdmin(actor);
    const typeIds = [...new Set(body.expertiseTypeIds)];
    const expertIds = [...new Set(body.expertUserIds)];
    const types = await this.dataSource.manager.countBy(ExpertiseTypeEntity, { id: In(typeIds), organisationId: actor.organisationId });
    if (types !== typeIds.length) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'Some expertise types do not exist', [{ path: 'expertiseTypeIds', problem: 'not_found' }]);
    }
    await this.assertExperts(actor, expertIds);
    const saved = await this.dataSource.transaction(async (manager) => {
      const services = manager.getRepository(DestinationServiceEntity);
      const fields = { name: body.name, establishment: body.establishment, specialty: body.specialty, active: body.active, expertiseTypeIds: typeIds };
      let service: DestinationServiceEntity;
      if (command.serviceId) {
        const found = await services.findOneBy({ id: command.serviceId, organisationId: actor.organisationId });
        if (!found) throw new DomainError(ErrorCode.NOT_FOUND, 'Destination service not found');
        service = await services.save(services.merge(found, fields));
      } else {
        service = await services.save(services.create({ ...fields, organisationId: actor.organisationId }));
      }
      await manager.delete(QueueMemberEntity, { serviceId: service.id });
      if (expertIds.length > 0) await manager.insert(QueueMemberEntity, expertIds.map((userId) => ({ serviceId: service.id, userId })));
      return service.id;
    });
    const service = await this.dataSource.manager.findOneByOrFail(DestinationServiceEntity, { id: saved });
    return toDestinationServiceAdmin(service, expertIds);
  }

  private async assertExperts(actor: StaffActor, userIds: string[]): Promise<void> {
    const profiles = await Promise.all(
      userIds.map((userId) =>
        this.people.profile(userId).catch((error: unknown) => {
          if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
          throw error;
        }),
      ),
    );
    if (profiles.some((p) => !p || p.organisationId !== actor.organisationId || !p.roles.includes('expert'))) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'Every member must be an expert of the organisation', [
        { path: 'expertUserIds', problem: 'not_an_expert' },
      ]);
    }
  }
}
