import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What remains of a purged session: its id, when, and how many of each thing were deleted (chat's own
 * and, once invitations reports them, `invitesDeleted`). No patient data.
 */
@Entity('deletion_receipts')
export class DeletionReceiptEntity {
  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId!: string;

  /** Null only if another service's report arrived before chat's own purge wrote the receipt. */
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @Column('timestamptz', { name: 'purged_at' })
  purgedAt!: Date;

  @Column('jsonb', { default: () => "'{}'" })
  counts!: Record<string, number>;
}
