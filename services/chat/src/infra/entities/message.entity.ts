import type { Message } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FileEntity } from './file.entity';
import { ParticipantEntity } from './participant.entity';
import { SessionEntity } from './session.entity';

/**
 * One line of a session's thread. `seq` orders the thread and is the client's cursor. A client's
 * retry carries the same `clientMessageId` and lands on the unique index instead of a second row.
 */
@Entity('messages')
@Index('UQ_messages_client_message', ['sessionId', 'authorParticipantId', 'clientMessageId'], { unique: true })
@Index('IDX_messages_session_seq', ['sessionId', 'seq'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** bigint comes back from pg as a string: exactly the cursor's form. */
  @Column('bigint')
  @Generated('increment')
  seq!: string;

  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('uuid', { name: 'author_participant_id' })
  authorParticipantId!: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_participant_id' })
  author?: ParticipantEntity;

  @Column('text')
  kind!: Message['kind'];

  @Column('text', { nullable: true })
  text!: string | null;

  @Column('uuid', { name: 'file_id', nullable: true })
  fileId!: string | null;

  @ManyToOne(() => FileEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'file_id' })
  file?: FileEntity | null;

  @Column('jsonb', { nullable: true })
  event!: Message['event'];

  @Column('uuid', { name: 'client_message_id', nullable: true })
  clientMessageId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
