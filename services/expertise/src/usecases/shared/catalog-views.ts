import { DestinationService, DestinationServiceAdmin, ExpertiseType } from '@passerelle/contracts';
import { DestinationServiceEntity } from '../../infra/entities/destination-service.entity';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';

export function toExpertiseType(entity: ExpertiseTypeEntity): ExpertiseType {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    form: entity.form,
    active: entity.active,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toDestinationService(entity: DestinationServiceEntity): DestinationService {
  return {
    id: entity.id,
    name: entity.name,
    establishment: entity.establishment,
    specialty: entity.specialty,
    expertiseTypeIds: entity.expertiseTypeIds,
    active: entity.active,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toDestinationServiceAdmin(entity: DestinationServiceEntity, expertUserIds: string[]): DestinationServiceAdmin {
  return { ...toDestinationService(entity), expertUserIds: [...expertUserIds].sort() };
}
