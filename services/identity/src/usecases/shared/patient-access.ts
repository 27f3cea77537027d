import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, PatientView, Role, StaffActor } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { maskNir } from '../../domain/patients/nir';
import { PatientAuditAction, PatientAuditEntity } from '../../infra/entities/patient-audit.entity';
import { PatientIdentityEntity } from '../../infra/entities/patient-identity.entity';
import { NirProtector } from '../../infra/nir-protector';

/** Staff who work on tele-expertise cases; every query is also limited to the actor's organisation. */
const PATIENT_ROLES: readonly Role[] = ['requester', 'expert', 'admin'];

export function assertMayHandlePatients(actor: StaffActor): void {
  if (!actor.roles.some((role) => PATIENT_ROLES.includes(role))) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not give access to patient identities');
  }
}

/** Views (NIR masked) and the read audit: one place, so no read path can forget either. */
@Injectable()
export class PatientRecords {
  constructor(
    private readonly nir: NirProtector,
    @InjectRepository(PatientAuditEntity) private readonly audit: Repository<PatientAuditEntity>,
  ) {}

  view(identity: PatientIdentityEntity): PatientView {
    return {
      id: identity.id,
      lastName: identity.lastName,
      firstName: identity.firstName,
      birthDate: identity.birthDate,
      sex: identity.sex,
      nirMasked: maskNir(this.nir.decrypt(identity.nirEncrypted)),
      identityStatus: identity.identityStatus,
      consent: { givenBy: identity.consentGivenBy, recordedAt: identity.consentRecordedAt.toISOString() },
      createdByUserId: identity.createdBy,
      createdAt: identity.createdAt.toISOString(),
    };
  }

  async recordAccess(actor: StaffActor, action: PatientAuditAction, patientIds: string[]): Promise<void> {
    if (patientIds.length === 0) return;
    await this.audit.insert(
      patientIds.map((patientId) => ({ organisationId: actor.organisationId, actorUserId: actor.userId, patientId, action })),
    );
  }
}
