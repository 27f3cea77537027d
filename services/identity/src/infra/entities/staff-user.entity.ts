import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@passerelle/contracts';
import { OrganisationEntity } from './organisation.entity';

export type StaffUserStatus = 'active' | 'pending' | 'disabled';

@Entity('staff_users')
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Stored lower-cased: login compares exactly. */
  @Index('UQ_staff_users_email', { unique: true })
  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('text', { default: 'active' })
  status!: StaffUserStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
