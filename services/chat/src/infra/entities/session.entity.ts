import type { SessionStatus } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A teleconsultation room. Deleted by the purge; the deletion receipt outlives it. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_sessions_organisation')
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Index('IDX_sessions_owner')
  @Column('uuid', { name: 'owner_user_id' })
  ownerUserId!: string;

  @Column('text')
  status!: SessionStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { name: 'terminated_at', nullable: true })
  terminatedAt!: Date | null;

  /** Set on close: when the purge job deletes the session's data. */
  @Column('timestamptz', { name: 'purge_at', nullable: true })
  purgeAt!: Date | null;
}
