import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountStatus, Language, OtpChannel, Role } from '@passerelle/contracts';
import { OrganisationEntity } from './organisation.entity';

/** `pending` until an administrator approves a self-registered account; `refused` ones never sign in. */
export type StaffUserStatus = AccountStatus;

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

  /** Self-registered: signs in with password then a one-time code. */
  @Column('boolean', { default: false })
  external!: boolean;

  @Column('text', { nullable: true })
  profession!: string | null;

  /** E.164; where SMS login codes go. */
  @Column('text', { nullable: true })
  mobile!: string | null;

  /** Where login codes go unless the person picks the other channel at login. */
  @Column('text', { name: 'otp_channel', nullable: true })
  otpChannel!: OtpChannel | null;

  /** Language of the messages Passerelle sends this person. */
  @Column('text', { default: 'en' })
  language!: Language;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
