import type { Channel } from '@passerelle/contracts';
import type { EmailAttachment } from '../../domain/providers';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What the development outbox provider "sent": readable at GET /api/v1/dev/outbox so a person can click
 * the link exactly as the invitee would. Development and tests only (the gateway hides it otherwise).
 */
@Entity('outbox_messages')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The notification delivered: a retried delivery finds its message instead of adding a second one. */
  @Index('UQ_outbox_messages_notification', { unique: true })
  @Column('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('text')
  channel!: Channel;

  @Column('text')
  to!: string;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  html!: string | null;

  @Column('text', { array: true })
  links!: string[];

  /** E-mail attachments as "sent", shown (and downloadable) on the dev outbox page. */
  @Column('jsonb', { default: () => "'[]'" })
  attachments!: EmailAttachment[];

  @Index('IDX_outbox_messages_created_at')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
