import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RequestEntity } from './request.entity';

export type ThreadEntryKind =
  | 'message'
  | 'answer'
  | 'info-request'
  | 'document'
  | 'sent'
  | 'taken'
  | 'released'
  | 'transferred'
  | 'closed';

/** The request's history, in order: what was written and what happened. */
@Entity('thread_entries')
@Index('IDX_thread_entries_request_seq', ['requestId', 'seq'])
export class ThreadEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** bigint comes back from pg as a string. */
  @Column('bigint')
  @Generated('increment')
  seq!: string;

  @Column('uuid', { name: 'request_id' })
  requestId!: string;

  @ManyToOne(() => RequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: RequestEntity;

  @Column('text')
  kind!: ThreadEntryKind;

  @Column('uuid', { name: 'author_user_id' })
  authorUserId!: string;

  @Column('text', { name: 'author_name' })
  authorName!: string;

  @Column('text', { name: 'author_role' })
  authorRole!: 'requester' | 'expert';

  @Column('text', { nullable: true })
  text!: string | null;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
