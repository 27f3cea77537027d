import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, PatientView, RpcCommand, identityPatientGet } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { PatientIdentityEntity } from '../../infra/entities/patient-identity.entity';
import { PatientRecords, assertMayHandlePatients } from '../shared/patient-access';

/** One identity of the actor's organisation; another organisation's is reported as not found. */
@Injectable()
export class GetPatientUseCase {
  constructor(
    @InjectRepository(PatientIdentityEntity) private readonly identities: Repository<PatientIdentityEntity>,
    private readonly records: PatientRecords,
  ) {}

  async execute({ actor, patientId }: RpcCommand<typeof identityPatientGet>): Promise<PatientView> {
    assertMayHandlePatients(actor);
    const identity = await this.identities.findOneBy({ id: patientId, organisationId: actor.organisationId });
    if (!identity) throw new DomainError(ErrorCode.NOT_FOUND, 'Patient identity not found');
    await this.records.recordAccess(actor, 'read', [identity.id]);
    return this.records.view(identity);
  }
}
