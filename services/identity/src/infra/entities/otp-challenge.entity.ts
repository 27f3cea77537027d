import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OtpChannel } from '@passerelle/contracts';

/**
 * One login by one-time code: created once the password is right, consumed by the right code. Only a
 * keyed hash of the code is kept. `attempts` counts every code tried; at the limit the challenge locks.
 */
@Entity('otp_challenges')
@Index('IDX_otp_challenges_user', ['userId', 'createdAt'])
export class OtpChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'code_hash' })
  codeHash!: string;

  @Column('text')
  channel!: OtpChannel;

  @Column('int', { default: 0 })
  attempts!: number;

  /** How many codes were sent for this challenge (the first and each resend). */
  @Column('int', { default: 1 })
  sends!: number;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'consumed_at', nullable: true })
  consumedAt!: Date | null;

  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
