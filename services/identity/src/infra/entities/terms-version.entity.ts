import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published version of the terms of use; the newest is current. Never edited: publish a new one. */
@Entity('terms_versions')
export class TermsVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_terms_versions_version', { unique: true })
  @Column('text')
  version!: string;

  @Column('text')
  text!: string;

  @Index('IDX_terms_versions_published_at')
  @Column('timestamptz', { name: 'published_at', default: () => 'now()' })
  publishedAt!: Date;

  /** The administrator who published it; null for the demo seed. */
  @Column('uuid', { name: 'published_by', nullable: true })
  publishedBy!: string | null;
}
