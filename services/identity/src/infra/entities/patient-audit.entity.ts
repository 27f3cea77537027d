import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PatientAuditAction = 'create' | 'read' | 'search-result';

/**
 * One line per access to a patient identity: who, which identity, what, when. Ids only, never names or
 * numbers, so the audit trail itself holds no patient data.
 */
@Entity('patient_audit')
@Index('IDX_patient_audit_patient', ['patientId', 'at'])
export class PatientAuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('uuid', { name: 'actor_user_id' })
  actorUserId!: string;

  @Column('uuid', { name: 'patient_id' })
  patientId!: string;

  @Column('text')
  action!: PatientAuditAction;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
