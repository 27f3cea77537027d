import type { Channel, Language } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationStatus } from '../../domain/notification-status';
import type { TemplateName } from '../../domain/templates/template';

/**
 * The delivery log: one row per message asked for. The recipient and the template variables (a first
 * name, a join link) are encrypted; the variables are erased once the message is delivered.
 */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The caller's key: a repeated command finds this row instead of sending again. */
  @Index('UQ_notifications_idempotency_key', { unique: true })
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('text')
  channel!: Channel;

  @Column('text')
  template!: TemplateName;

  @Column('text')
  language!: Language;

  @Column('text', { name: 'recipient_encrypted' })
  recipientEncrypted!: string;

  @Column('text', { name: 'variables_encrypted', nullable: true })
  variablesEncrypted!: string | null;

  /** E-mail attachments (JSON, encrypted: a calendar file holds the join link), erased with the variables. */
  @Column('text', { name: 'attachments_encrypted', nullable: true })
  attachmentsEncrypted!: string | null;

  @Column('text', { default: 'queued' })
  status!: NotificationStatus;

  @Column('text', { nullable: true })
  provider!: string | null;

  @Column('text', { name: 'provider_message_id', nullable: true })
  providerMessageId!: string | null;

  @Column('int', { default: 0 })
  attempts!: number;

  /** Error class and message of the last failed attempt; provider errors are trimmed, never the payload. */
  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
