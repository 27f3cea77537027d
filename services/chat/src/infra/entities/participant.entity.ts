import type { Participant } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * Someone in a session: staff (a user) or a guest (an invite). One guest participant per invite, so
 * re-opening the link is the same participant; NULL invite ids (staff) never collide.
 */
@Entity('participants')
@Index('UQ_participants_session_invite', ['sessionId', 'inviteId'], { unique: true })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_participants_session')
  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('text')
  kind!: Participant['kind'];

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('uuid', { name: 'invite_id', nullable: true })
  inviteId!: string | null;

  @Column('text')
  role!: Participant['role'];

  /** As entered by the requester (or the staff user's name): shown in the thread and the report. */
  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** Set when the invite is revoked: the guest loses access at once. */
  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
