import type { FileInfo } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';
import { SessionEntity } from './session.entity';

/** A shared photo or PDF; the bytes live in the object store bucket CHAT_FILES_BUCKET under `objectName`. */
@Entity('files')
export class FileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_files_session')
  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('text')
  name!: string;

  @Column('text', { name: 'mime_type' })
  mimeType!: FileInfo['mimeType'];

  @Column('integer')
  size!: number;

  @Column('text')
  sha256!: string;

  @Column('text', { name: 'object_name' })
  objectName!: string;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy!: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: ParticipantEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
