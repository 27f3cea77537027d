import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, ExpertiseType, ExpertiseTypeBody, StaffActor } from '@passerelle/contracts';
import { QueryFailedError, Repository } from 'typeorm';
import { assertAdmin } from '../../domain/request-access';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';
import { toExpertiseType } from '../shared/catalog-views';

/**
 * Creates or replaces an expertise type (administrators). Requests keep the form they were created with,
 * so editing a form never breaks a request in progress.
 */
@Injectable()
export class SaveTypeUseCase {
  constructor(@InjectRepository(ExpertiseTypeEntity) private readonly types: Repository<ExpertiseTypeEntity>) {}

  async execute(command: { actor: StaffActor; typeId?: string; body: ExpertiseTypeBody }): Promise<ExpertiseType> {
    assertAdmin(command.actor);
    const { actor, body } = command;
    let entity: ExpertiseTypeEntity;
    if (command.typeId) {
      const found = await this.types.findOneBy({ id: command.typeId, organisationId: actor.organisationId });
      if (!found) throw new DomainError(ErrorCode.NOT_FOUND, 'Expertise type not found');
      entity = this.types.merge(found, body);
    } else {
      entity = this.types.create({ ...body, organisationId: actor.organisationId });
    }
    try {
      return toExpertiseType(await this.types.save(entity));
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new DomainError(ErrorCode.CONFLICT, 'An expertise type with this name already exists');
      }
      throw error;
    }
  }
}
