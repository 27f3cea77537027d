import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who accepted which version of the terms of use, and when (the first acceptance is kept). */
@Entity('terms_acceptances')
@Index('UQ_terms_acceptances_user_terms', ['userId', 'termsId'], { unique: true })
export class TermsAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'terms_id' })
  termsId!: string;

  @Column('timestamptz', { name: 'accepted_at', default: () => 'now()' })
  acceptedAt!: Date;
}
