import type { Channel, Language } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { InviteKind } from '../../domain/invite';

/**
 * An invite and its current link. Names, e-mail and phone are AES-256-GCM ciphertexts (FieldCipher,
 * INVITATIONS_DATA_KEY); the link token exists only as its SHA-256.
 */
@Entity('invites')
@Index('IDX_invites_creator_created', ['organisationId', 'createdByUserId', 'createdAt'])
@Index('IDX_invites_organisation_created', ['organisationId', 'createdAt'])
export class InviteEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('uuid', { name: 'created_by_user_id' })
  createdByUserId!: string;

  @Index('IDX_invites_session')
  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @Column('text')
  kind!: InviteKind;

  @Column('text', { name: 'first_name_encrypted', nullable: true })
  firstNameEncrypted!: string | null;

  @Column('text', { name: 'last_name_encrypted', nullable: true })
  lastNameEncrypted!: string | null;

  @Column('text')
  language!: Language;

  @Column('text')
  channel!: Channel;

  @Column('text', { name: 'email_encrypted', nullable: true })
  emailEncrypted!: string | null;

  @Column('text', { name: 'phone_encrypted', nullable: true })
  phoneEncrypted!: string | null;

  @Column('text', { name: 'requester_display_name' })
  requesterDisplayName!: string;

  @Column('text', { name: 'organisation_name' })
  organisationName!: string;

  @Index('UQ_invites_token_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  /** AES-256-GCM ciphertext of the current token: reminders and reschedules re-send the same link. */
  @Column('text', { name: 'link_token_encrypted', nullable: true })
  linkTokenEncrypted!: string | null;

  @Column('boolean', { default: false })
  planned!: boolean;

  @Column('uuid', { name: 'last_notification_id', nullable: true })
  lastNotificationId!: string | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { name: 'terms_accepted_at', nullable: true })
  termsAcceptedAt!: Date | null;

  @Column('text', { name: 'terms_version', nullable: true })
  termsVersion!: string | null;

  @Column('timestamptz', { name: 'last_sent_at' })
  lastSentAt!: Date;

  @Column('int', { name: 'send_count' })
  sendCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
