import type { FormDefinition, FormValues, Language, RequestMode, RequestStatus } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DestinationServiceEntity } from './destination-service.entity';
import { ExpertiseTypeEntity } from './expertise-type.entity';

/**
 * A tele-expertise request. The patient is identity's `patient_id` only: no NIR, no names here.
 * `status` changes only through the lifecycle table (domain/request-lifecycle.ts).
 */
@Entity('requests')
@Index('IDX_requests_service_status', ['serviceId', 'status'])
export class RequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_requests_organisation')
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('uuid', { name: 'created_by_user_id' })
  createdByUserId!: string;

  /** Who holds it now: the creator, or the colleague it was last transferred to. */
  @Index('IDX_requests_requester')
  @Column('uuid', { name: 'requester_user_id' })
  requesterUserId!: string;

  @Column('text', { name: 'requester_name' })
  requesterName!: string;

  @Column('uuid', { name: 'type_id' })
  typeId!: string;

  @ManyToOne(() => ExpertiseTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: ExpertiseTypeEntity;

  @Column('uuid', { name: 'service_id' })
  serviceId!: string;

  @ManyToOne(() => DestinationServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: DestinationServiceEntity;

  @Column('uuid', { name: 'patient_id' })
  patientId!: string;

  @Column('text')
  mode!: RequestMode;

  @Column('text')
  language!: Language;

  @Column('text')
  status!: RequestStatus;

  @Column('jsonb', { name: 'form_definition' })
  formDefinition!: FormDefinition;

  @Column('jsonb', { default: () => "'{}'" })
  form!: FormValues;

  @Column('text', { name: 'consent_given_by' })
  consentGivenBy!: 'patient' | 'legal-representative';

  @Column('timestamptz', { name: 'consent_recorded_at' })
  consentRecordedAt!: Date;

  @Column('uuid', { name: 'taken_by_user_id', nullable: true })
  takenByUserId!: string | null;

  @Column('text', { name: 'taken_by_name', nullable: true })
  takenByName!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { name: 'taken_at', nullable: true })
  takenAt!: Date | null;

  @Column('timestamptz', { name: 'first_answered_at', nullable: true })
  firstAnsweredAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('text', { nullable: true })
  conclusion!: string | null;

  @Column('timestamptz', { name: 'last_activity_at', default: () => 'now()' })
  lastActivityAt!: Date;

  /** Last answer or info request: unread for the requester while later than `requester_read_at`. */
  @Column('timestamptz', { name: 'last_expert_entry_at', nullable: true })
  lastExpertEntryAt!: Date | null;

  @Column('timestamptz', { name: 'requester_read_at', nullable: true })
  requesterReadAt!: Date | null;

  /** The chat session of a live request. */
  @Column('uuid', { name: 'session_id', nullable: true })
  sessionId!: string | null;
}
