import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RequestEntity } from './request.entity';

/** A photo or PDF attached to a request; the bytes are in the `expertise-documents` bucket. */
@Entity('documents')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_documents_request')
  @Column('uuid', { name: 'request_id' })
  requestId!: string;

  @ManyToOne(() => RequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: RequestEntity;

  @Column('text')
  name!: string;

  @Column('text', { name: 'mime_type' })
  mimeType!: 'image/jpeg' | 'image/png' | 'application/pdf';

  @Column('integer')
  size!: number;

  @Column('text')
  sha256!: string;

  @Column('text', { name: 'object_name' })
  objectName!: string;

  @Column('uuid', { name: 'uploaded_by_user_id' })
  uploadedByUserId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
